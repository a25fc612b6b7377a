package dev.ajp.transactions.concurrency;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The failures a transaction meets only because another transaction wrote at the same time: the ones worth running
 * the whole transaction again for, from a fresh read. Any other failure (a constraint, a lost connection, a bug) is
 * not retried.
 *
 * <p>They are recognised by what the database says, however deep a framework wrapped it: the SQLState on PostgreSQL,
 * and H2's where H2 has its own.
 */
public enum ConcurrentWriteFailure {
    /** A version check found the row changed since it was read (JPA's {@code @Version}, or an UPDATE of zero rows). */
    OPTIMISTIC_LOCK,
    /**
     * SQLState 40001. PostgreSQL: "could not serialize access due to concurrent update" (REPEATABLE READ and above) or
     * "... due to read/write dependencies among transactions" (SERIALIZABLE). H2 2.5 sends the same SQLState with the
     * message "Deadlock detected. The current transaction was rolled back." both for a deadlock and for a row changed
     * by a committed transaction under REPEATABLE READ.
     */
    SERIALIZATION_FAILURE,
    /** SQLState 40P01, PostgreSQL's "deadlock detected" (H2 reports its deadlocks as 40001, above). */
    DEADLOCK,
    /**
     * A lock not granted in time: PostgreSQL's {@code lock_timeout} (SQLState 55P03, "canceling statement due to lock
     * timeout"), H2's {@code LOCK_TIMEOUT} (SQLState HYT00, error 50200, "Timeout trying to lock table").
     *
     * <p>Also SQLState 57014, "canceling statement due to user request", on PostgreSQL. Its lock timer stops a wait by
     * interrupting the backend; most likely, when the timer fires just as one lock wait ends and the next begins (a row lock often
     * needs two: the row, then the transaction that held it), the interrupt arrives after the next wait has reset the
     * timer's flag, and PostgreSQL names it a cancel. Seen in this project's CI with a 1 ms {@code lock_timeout} and
     * four writers on one row. A booking sets no statement timeout and cancels nothing, so there a cancel can only be
     * that; code that does cancel its statements must not retry 57014.
     */
    LOCK_TIMEOUT;

    /** What made {@code failure} happen, if it is one of these; empty for anything else. */
    public static Optional<ConcurrentWriteFailure> of(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return Optional.of(OPTIMISTIC_LOCK);
            }
            if (t instanceof SQLException sql) {
                var state = sql.getSQLState();
                if ("40001".equals(state)) {
                    return Optional.of(SERIALIZATION_FAILURE);
                }
                if ("40P01".equals(state)) {
                    return Optional.of(DEADLOCK);
                }
                if ("55P03".equals(state)
                        || "57014".equals(state)
                        || ("HYT00".equals(state) && sql.getErrorCode() == 50200)) {
                    return Optional.of(LOCK_TIMEOUT);
                }
            }
            if (t instanceof LockTimeoutException) {
                return Optional.of(LOCK_TIMEOUT);
            }
        }
        for (var t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // A PessimisticLockException that quoted no SQLState above: the lock was refused, the row is busy.
            if (t instanceof PessimisticLockException) {
                return Optional.of(LOCK_TIMEOUT);
            }
        }
        return Optional.empty();
    }
}
