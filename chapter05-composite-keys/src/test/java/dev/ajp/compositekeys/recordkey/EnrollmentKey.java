package dev.ajp.compositekeys.recordkey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A record as an embedded key: equals, hashCode and immutability for free, but final fields. */
@Embeddable
public record EnrollmentKey(
        @Column(name = "student_id") Long studentId,
        @Column(name = "course_id") Long courseId) implements Serializable {}
