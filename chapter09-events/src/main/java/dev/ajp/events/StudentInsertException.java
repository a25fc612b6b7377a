package dev.ajp.events;

import dev.ajp.kit.DatabaseMessage;

/**
 * An insert that failed and was rolled back, with nothing of it left: no student row and no audit row. The message
 * says so and quotes the root cause, which is the hook's own words when a listener refused the student, or the
 * database's when a trigger or a constraint did, whichever framework wrapped them and however deep.
 */
public final class StudentInsertException extends RuntimeException {

    public StudentInsertException(int students, Throwable cause) {
        super(
                "None of the " + students + " students were inserted, the transaction was rolled back: "
                        + DatabaseMessage.of(cause),
                cause);
    }
}
