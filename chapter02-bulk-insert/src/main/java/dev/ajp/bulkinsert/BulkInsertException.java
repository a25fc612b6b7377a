package dev.ajp.bulkinsert;

import dev.ajp.kit.DatabaseMessage;

/**
 * A bulk insert that failed and was rolled back. The message says so and quotes the database's own words ({@link DatabaseMessage}), which
 * name the violated constraint, whichever framework wrapped them and however deep.
 */
public final class BulkInsertException extends RuntimeException {

    public BulkInsertException(int students, Throwable cause) {
        super(
                "None of the " + students + " students were inserted, the transaction was rolled back: "
                        + DatabaseMessage.of(cause),
                cause);
    }
}
