package dev.ajp.compositekeys.identitykey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A key class with the most common bug: no equals or hashCode, so two keys are equal only if they are one object. */
@Embeddable
public class IdentityKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "student_id")
    private Long studentId;

    @Column(name = "course_id")
    private Long courseId;

    protected IdentityKey() {}

    public IdentityKey(long studentId, long courseId) {
        this.studentId = studentId;
        this.courseId = courseId;
    }
}
