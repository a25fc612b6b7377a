package dev.ajp.compositekeys;

/**
 * The key of an enrollment as the question states it: which student, which course. A record, so two keys with the
 * same ids are equal and hash alike, as a key must.
 */
public record EnrollmentKey(long studentId, long courseId) {

    @Override
    public String toString() {
        return "(" + studentId + ", " + courseId + ")";
    }
}
