package dev.ajp.compositekeys.protectedidclass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An enrollment with two basic {@code @Id} columns and an id class without a public constructor. */
@Entity
@Table(name = "enrollments")
@IdClass(ProtectedConstructorId.class)
public class ProtectedIdClassEnrollment {

    @Id
    @Column(name = "student_id")
    private Long studentId;

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Column(name = "enrollment_date", nullable = false)
    private LocalDate enrollmentDate;

    protected ProtectedIdClassEnrollment() {}

    public LocalDate getEnrollmentDate() {
        return enrollmentDate;
    }
}
