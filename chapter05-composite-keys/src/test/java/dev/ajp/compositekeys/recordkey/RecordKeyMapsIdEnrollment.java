package dev.ajp.compositekeys.recordkey;

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

/** The chapter's Enrollment with a record as its key: {@code @MapsId} must now fill a record. */
@Entity
@Table(name = "enrollments")
public class RecordKeyMapsIdEnrollment {

    @EmbeddedId
    private EnrollmentKey id;

    @MapsId("studentId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private Student student;

    @MapsId("courseId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id")
    private Course course;

    @Column(name = "enrollment_date", nullable = false)
    private LocalDate enrollmentDate;

    protected RecordKeyMapsIdEnrollment() {}

    public RecordKeyMapsIdEnrollment(Student student, Course course, LocalDate enrollmentDate) {
        this.student = student;
        this.course = course;
        this.enrollmentDate = enrollmentDate;
    }

    public EnrollmentKey getId() {
        return id;
    }
}
