package dev.ajp.transactions.concurrency;

import dev.ajp.kit.DatabaseSettings;

/**
 * The statement that bounds how long a transaction waits for a row lock. PostgreSQL's {@code set local lock_timeout}
 * lasts until the transaction ends; H2's {@code set lock_timeout} lasts for the session, so on a pooled connection it
 * stays until set again. SET takes no bind parameters: the value is a number checked here, never user input.
 */
final class LockTimeout {

    private LockTimeout() {}

    static String statement(DatabaseSettings.Kind database, int millis) {
        if (millis < 1) {
            throw new IllegalArgumentException("A lock timeout of at least 1 ms, not " + millis
                    + " (0 means no timeout at all on PostgreSQL, and no wait on H2)");
        }
        return database == DatabaseSettings.Kind.POSTGRES
                ? "set local lock_timeout = " + millis
                : "set lock_timeout " + millis;
    }
}
