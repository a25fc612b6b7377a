package dev.ajp.transactions.concurrency;

import dev.ajp.kit.DatabaseSettings;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Pessimistic locking with Jdbi: {@code select ... for update} locks the row until the transaction ends, so the UPDATE
 * needs no version check. The wait for the lock is bounded first: PostgreSQL's {@code set local lock_timeout} lasts
 * for this transaction; H2's {@code set lock_timeout} lasts for the connection's session (it stays on the pooled
 * connection, and every booking sets it again). A lock not granted in time, or a deadlock the database breaks, ends the
 * attempt, and the booking runs it again.
 */
public final class JdbiLockedSeatBooking implements SeatBooking {

    private final Jdbi jdbi;
    private final String lockTimeout;
    private final int attempts;
    private final Interleaving interleaving;

    public JdbiLockedSeatBooking(Jdbi jdbi, DatabaseSettings.Kind database, int lockTimeoutMillis) {
        this(jdbi, database, lockTimeoutMillis, ATTEMPTS, NONE);
    }

    public JdbiLockedSeatBooking(
            Jdbi jdbi, DatabaseSettings.Kind database, int lockTimeoutMillis, int attempts, Interleaving interleaving) {
        this.jdbi = jdbi;
        this.lockTimeout = LockTimeout.statement(database, lockTimeoutMillis);
        this.attempts = attempts;
        this.interleaving = interleaving;
    }

    @Override
    public int takeSeat(long courseId) {
        return Retry.run(
                "course_seats " + courseId,
                attempts,
                attempt -> jdbi.inTransaction(handle -> {
                    handle.execute(lockTimeout);
                    // tag::for-update[]
                    int taken = handle.createQuery("select seats_taken from course_seats where id = :id for update")
                            .bind("id", courseId)
                            .mapTo(Integer.class)
                            .one(); // the row is ours until commit: other bookings wait here
                    // end::for-update[]
                    interleaving.afterRead(attempt);
                    return write(handle, courseId, taken + 1);
                }));
    }

    private static boolean write(Handle handle, long courseId, int taken) {
        return handle.createUpdate("update course_seats set seats_taken = :taken, version = version + 1 where id = :id")
                        .bind("taken", taken)
                        .bind("id", courseId)
                        .execute()
                == 1;
    }
}
