package dev.ajp.inheritance;

import dev.ajp.kit.DatabaseMessage;

/**
 * {@link People#add} failed and was rolled back: nothing of it is stored. The message says so and quotes the words
 * of whoever refused first (the database, naming the constraint, or the framework, naming the field), however deep
 * a framework wrapped them.
 */
public final class PersonsNotAddedException extends RuntimeException {

    public PersonsNotAddedException(int persons, Throwable cause) {
        super(
                "None of the " + persons + " persons were added, the transaction was rolled back: "
                        + DatabaseMessage.of(cause),
                cause);
    }
}
