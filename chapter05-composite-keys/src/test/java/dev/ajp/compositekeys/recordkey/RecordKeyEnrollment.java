package dev.ajp.compositekeys.recordkey;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An enrollment whose record key the application sets itself: nothing writes into the record. */
@Entity
@Table(name = "enrollments")
public class RecordKeyEnrollment {

    @EmbeddedId
    private EnrollmentKey id;

    @Column(name = "enrollment_date", nullable = false)
    private LocalDate enrollmentDate;

    protected RecordKeyEnrollment() {}

    public RecordKeyEnrollment(EnrollmentKey id, LocalDate enrollmentDate) {
        this.id = id;
        this.enrollmentDate = enrollmentDate;
    }

    public EnrollmentKey getId() {
        return id;
    }

    public LocalDate getEnrollmentDate() {
        return enrollmentDate;
    }
}
