package dev.ajp.compositekeys.embeddedid;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * The key of {@link Enrollment} as one value: the pair (student id, course id).
 *
 * <p>What JPA asks of a key class, and why:
 *
 * <ul>
 *   <li>{@code equals} and {@code hashCode} over both ids: the application compares keys and puts them in sets and
 *       maps, and two keys of the same row must be one key there (the providers compare the ids themselves, so
 *       leaving {@code equals} as identity breaks the application's code, not theirs; Hibernate warns HHH000038);
 *   <li>{@code Serializable}, as the specification requires of every primary key class;
 *   <li>immutable to the application: no setters, because a key that changes under a managed entity or inside a
 *       {@code HashSet} is lost. Only the provider writes the fields, once, when {@code @MapsId} fills them at
 *       {@code persist()};
 *   <li>a class, not a record: {@code @MapsId} needs the provider to write the fields, and a record's are final
 *       (EclipseLink fails at {@code persist()}; its static weaver also logs an exception for a record).
 * </ul>
 *
 * EclipseLink weaves this class although the build's persistence.xml lists only the entities: it finds the key
 * through {@link Enrollment}.
 */
// tag::key-class[]
@Embeddable
public class EnrollmentId implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "course_id")
    private Long courseId;

    protected EnrollmentId() {} // for the providers

    public EnrollmentId(long studentId, long courseId) {
        this.studentId = studentId;
        this.courseId = courseId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public Long getCourseId() {
        return courseId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EnrollmentId that
                && Objects.equals(studentId, that.studentId)
                && Objects.equals(courseId, that.courseId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studentId, courseId);
    }
    // end::key-class[]

    @Override
    public String toString() {
        return "(" + studentId + ", " + courseId + ")";
    }
}
