package dev.ajp.events;

import java.sql.SQLException;

/**
 * An insert that failed and was rolled back, with nothing of it left: no student row and no audit row. The message
 * says so and quotes the root cause, which is the hook's own words when a listener refused the student, or the
 * database's when a trigger or a constraint did, whichever framework wrapped them and however deep.
 */
public final class StudentInsertException extends RuntimeException {

    public StudentInsertException(int students, Throwable cause) {
        super(
                "None of the " + students + " students were inserted, the transaction was rolled back: "
                        + reason(cause),
                cause);
    }

    /**
     * The first line of the innermost SQLException (following a batch's {@code getNextException()}), or else the
     * message of the innermost exception of all.
     */
    static String reason(Throwable failure) {
        SQLException sql = null;
        var innermost = failure;
        for (var t = failure; t != null; t = t.getCause()) {
            innermost = t;
            if (t instanceof SQLException e) {
                sql = e;
                while (sql.getNextException() != null) {
                    sql = sql.getNextException();
                }
            }
        }
        var message = sql != null ? sql.getMessage() : innermost.getMessage();
        return String.valueOf(message)
                .lines()
                .findFirst()
                .orElse("")
                .replaceFirst("; SQL statement:$", "")
                .strip();
    }
}
