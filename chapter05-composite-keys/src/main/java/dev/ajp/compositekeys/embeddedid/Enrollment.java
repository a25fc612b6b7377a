package dev.ajp.compositekeys.embeddedid;

import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * The tutorial's Enrollment, its key one embedded object: {@code @EmbeddedId} of class {@link EnrollmentId}. The two
 * {@code @ManyToOne}s carry {@code @MapsId}: their join columns are the key's columns, and the provider copies the
 * student's and the course's ids into the key at {@code persist()}. So the key columns are written once, through
 * the relationships, and an enrollment is made from a student and a course, never from loose ids.
 *
 * <p>Both relationships are LAZY, so finding an enrollment reads its own row only. On EclipseLink that does not last:
 * at every flush it fills the {@code @MapsId} keys of all managed entities again ({@code UnitOfWorkImpl.calculateChanges}
 * calls {@code updateDerivedIds}), which loads the student and the course, two SELECTs more per enrollment read in a
 * transaction, changed or not. The {@code @IdClass} variant has no key object to fill and does not.
 *
 * <p>The entity name is set because the {@code @IdClass} variant is an {@code Enrollment} too, and two entities of
 * one name cannot share a persistence unit (Hibernate: {@code DuplicateMappingException}; EclipseLink:
 * EclipseLink-7237).
 *
 * <p>Private fields, read and written through accessors only: woven EclipseLink tracks a change through the setter,
 * and does not see a field written from outside the class (its UPDATE is silently skipped).
 */
// tag::entity[]
@Entity(name = "EnrollmentWithEmbeddedId")
@Table(name = "enrollments")
public class Enrollment {

    @EmbeddedId
    private EnrollmentId id; // filled by @MapsId at persist()

    @MapsId("studentId") // this relationship's join column is the key's studentId
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    @MapsId("courseId")
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

    /** The key: null until {@code persist()}, then (student id, course id). */
    public EnrollmentId getId() {
        return id;
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
