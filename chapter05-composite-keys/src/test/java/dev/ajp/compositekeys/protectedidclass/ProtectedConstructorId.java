package dev.ajp.compositekeys.protectedidclass;

import java.io.Serializable;
import java.util.Objects;

/** An id class whose no-argument constructor is protected, as an embeddable's may be. */
public class ProtectedConstructorId implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long studentId;

    private Long courseId;

    protected ProtectedConstructorId() {}

    public ProtectedConstructorId(long studentId, long courseId) {
        this.studentId = studentId;
        this.courseId = courseId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProtectedConstructorId that
                && Objects.equals(studentId, that.studentId)
                && Objects.equals(courseId, that.courseId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studentId, courseId);
    }

    @Override
    public String toString() {
        return "(" + studentId + ", " + courseId + ")";
    }
}
