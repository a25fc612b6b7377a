package dev.ajp.transactions.concurrency;

/**
 * Beyond the tutorial, the failure concurrent writers meet: many transactions add one to the same counter (a seat
 * taken in a course). Each implementation reads the row, adds one, and writes it back without losing another
 * transaction's seat: with a version check (optimistic locking) or a row lock (pessimistic locking). When the
 * database or the version check refuses an attempt because of another writer ({@link ConcurrentWriteFailure}), the
 * booking rolls it back and runs it again from a fresh read, up to a number of attempts.
 */
public interface SeatBooking {

    /** How many attempts one booking makes before it gives up: far more than any test or the main needs. */
    int ATTEMPTS = 1_000;

    /**
     * Takes one seat in the course, in a transaction of its own.
     *
     * @return how many attempts before the successful one were rolled back because another transaction wrote
     * @throws SeatBookingFailedException when every attempt was refused, naming the row and the attempts
     */
    int takeSeat(long courseId);

    /**
     * Called inside each attempt between the read (or the lock) and the write, with the attempt's number from 1: where
     * a test makes another transaction write, so that a conflict must happen. The main and the rush pass {@link #NONE}.
     */
    @FunctionalInterface
    interface Interleaving {
        void afterRead(int attempt);
    }

    Interleaving NONE = attempt -> {};
}
