package dev.ajp.compositekeys.idclass;

import java.io.Serializable;
import java.util.Objects;

/**
 * The {@code @IdClass} of {@link Enrollment}: not mapped itself, it mirrors the entity's {@code @Id} attributes. The
 * JPA rules for a derived key: each field is named after a relationship attribute of the entity ({@code student},
 * {@code course}) and typed as the id of the entity it refers to ({@code Long}). Same {@code equals}, {@code hashCode}
 * and {@code Serializable} as {@link dev.ajp.compositekeys.embeddedid.EnrollmentId}, for the same reasons.
 *
 * <p>Its no-argument constructor is public, as the specification requires: EclipseLink builds id class instances
 * with it ({@code PersistenceUnitUtil.getIdentifier} fails with EclipseLink-222 when it is protected; Hibernate
 * accepts either).
 */
// tag::id-class[]
public class EnrollmentId implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long student; // the name of Enrollment.student, the type of Student's id

    private Long course;

    public EnrollmentId() {}

    public EnrollmentId(long student, long course) {
        this.student = student;
        this.course = course;
    }
    // end::id-class[]

    public Long getStudent() {
        return student;
    }

    public Long getCourse() {
        return course;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EnrollmentId that
                && Objects.equals(student, that.student)
                && Objects.equals(course, that.course);
    }

    @Override
    public int hashCode() {
        return Objects.hash(student, course);
    }

    @Override
    public String toString() {
        return "(" + student + ", " + course + ")";
    }
}
