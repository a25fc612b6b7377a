package dev.ajp.inheritance;

import java.sql.SQLException;

/**
 * {@link People#add} failed and was rolled back: nothing of it is stored. The message says so and quotes the words
 * of whoever refused first (the database, naming the constraint, or the framework, naming the field), however deep
 * a framework wrapped them.
 */
public final class PersonsNotAddedException extends RuntimeException {

    public PersonsNotAddedException(int persons, Throwable cause) {
        super(
                "None of the " + persons + " persons were added, the transaction was rolled back: " + reason(cause),
                cause);
    }

    /**
     * The first line of the innermost SQLException (for a failed JDBC batch, the one chained behind it with {@code
     * getNextException()}, which names the row's error rather than the batch's), or of the innermost exception when
     * no SQL was refused.
     */
    static String reason(Throwable failure) {
        Throwable innermost = failure;
        SQLException sql = null;
        for (var t = failure; t != null; t = t.getCause()) {
            innermost = t;
            if (t instanceof SQLException e) {
                sql = e;
                while (sql.getNextException() != null) {
                    sql = sql.getNextException();
                }
            }
        }
        var message = String.valueOf((sql != null ? sql : innermost).getMessage());
        return message.lines()
                .findFirst()
                .orElse("")
                .replaceFirst("; SQL statement:$", "")
                .strip();
    }
}
