package dev.ajp.compositekeys.idclass;

import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The tutorial's Enrollment, its key its own two relationships: both {@code @ManyToOne}s are {@code @Id}, and
 * {@link EnrollmentId} is the {@code @IdClass} that {@code find} takes. Closest to the tutorial's mapping, where the
 * two foreign key columns are marked {@code primary_key=True}. Same table as the {@code @EmbeddedId} variant, and the
 * same SQL, but for one thing: with no key object to fill at flush, EclipseLink does not load the student and the
 * course of an enrollment read in a transaction. The entity name is set for the same reason as there.
 */
// tag::entity[]
@Entity(name = "EnrollmentWithIdClass")
@Table(name = "enrollments")
@IdClass(EnrollmentId.class)
public class Enrollment {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "enrollment_date", nullable = false)
    private LocalDate enrollmentDate;
    // end::entity[]

    protected Enrollment() {}

    public Enrollment(Student student, Course course, LocalDate enrollmentDate) {
        this.student = student;
        this.course = course;
        this.enrollmentDate = enrollmentDate;
    }

    public Student getStudent() {
        return student;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getEnrollmentDate() {
        return enrollmentDate;
    }

    public void setEnrollmentDate(LocalDate enrollmentDate) {
        this.enrollmentDate = enrollmentDate;
    }
}
