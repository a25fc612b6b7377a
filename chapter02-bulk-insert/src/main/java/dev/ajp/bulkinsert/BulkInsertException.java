package dev.ajp.bulkinsert;

import java.sql.SQLException;

/**
 * A bulk insert that failed and was rolled back. The message says so and quotes the database's own words, which
 * name the violated constraint, whichever framework wrapped them and however deep.
 */
public final class BulkInsertException extends RuntimeException {

    public BulkInsertException(int students, Throwable cause) {
        super(
                "None of the " + students + " students were inserted, the transaction was rolled back: "
                        + databaseMessage(cause),
                cause);
    }

    /**
     * The first line of the innermost SQLException (for a failed JDBC batch, the exception chained behind it with
     * {@code getNextException()}, which names the failing row's error rather than the batch's).
     */
    static String databaseMessage(Throwable failure) {
        SQLException innermost = null;
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                innermost = sql;
                while (innermost.getNextException() != null) {
                    innermost = innermost.getNextException();
                }
            }
        }
        var message = innermost != null ? innermost.getMessage() : String.valueOf(failure.getMessage());
        return message.lines()
                .findFirst()
                .orElse("")
                .replaceFirst("; SQL statement:$", "")
                .strip();
    }
}
