package dev.ajp.compositekeys.samename.first;

import dev.ajp.compositekeys.embeddedid.EnrollmentId;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An entity whose name, by default its simple class name, is Enrollment. */
@Entity
@Table(name = "enrollments")
public class Enrollment {

    @EmbeddedId
    private EnrollmentId id;

    @Column(name = "enrollment_date", nullable = false)
    private LocalDate enrollmentDate;
}
