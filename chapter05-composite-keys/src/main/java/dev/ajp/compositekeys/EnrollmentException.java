package dev.ajp.compositekeys;

import jakarta.persistence.EntityExistsException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * An enrollment the database refused, named by its pair. The transaction it belonged to was rolled back: nothing of
 * it was written.
 *
 * <p>The reason comes from the constraint the database names in its message: {@code enrollments_pk},
 * {@code enrollments_student_fk} or {@code enrollments_course_fk} (H2 upper-cases them, PostgreSQL quotes them; both
 * name them). A JPA provider that sees the duplicate in its own persistence context, before any SQL, says so with an
 * {@link EntityExistsException}.
 */
public final class EnrollmentException extends RuntimeException {

    /** Why the pair was refused. */
    public enum Reason {
        ALREADY_ENROLLED,
        NO_SUCH_STUDENT,
        NO_SUCH_COURSE
    }

    private final EnrollmentKey key;
    private final Reason reason;

    private EnrollmentException(EnrollmentKey key, Reason reason, Throwable cause) {
        super(message(key, reason), cause);
        this.key = key;
        this.reason = reason;
    }

    /**
     * The refusal of {@code key} that {@code failure} reports, or {@code failure} itself when it is not one of the
     * three (a lost connection is not a bad enrollment).
     */
    public static RuntimeException of(EnrollmentKey key, RuntimeException failure) {
        var reason = reason(failure);
        return reason == null ? failure : new EnrollmentException(key, reason, failure);
    }

    public EnrollmentKey key() {
        return key;
    }

    public Reason reason() {
        return reason;
    }

    private static String message(EnrollmentKey key, Reason reason) {
        var problem = switch (reason) {
            case ALREADY_ENROLLED -> "the student is enrolled in it already";
            case NO_SUCH_STUDENT -> "there is no student " + key.studentId();
            case NO_SUCH_COURSE -> "there is no course " + key.courseId();
        };
        return "Cannot enroll student " + key.studentId() + " in course " + key.courseId() + ": " + problem
                + ". Nothing of this enrollment was written.";
    }

    private static Reason reason(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof EntityExistsException && !(t.getCause() instanceof SQLException)) {
                return Reason.ALREADY_ENROLLED;
            }
            if (t instanceof SQLException sql) {
                var message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                if (message.contains("enrollments_pk")) {
                    return Reason.ALREADY_ENROLLED;
                }
                if (message.contains("enrollments_student_fk")) {
                    return Reason.NO_SUCH_STUDENT;
                }
                if (message.contains("enrollments_course_fk")) {
                    return Reason.NO_SUCH_COURSE;
                }
            }
        }
        return null;
    }
}
