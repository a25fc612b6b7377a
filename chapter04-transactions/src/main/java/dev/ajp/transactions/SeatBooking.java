package dev.ajp.transactions;

/**
 * Beyond the tutorial, the failure concurrent writers meet: many transactions add one to the same counter (a seat
 * taken in a course). Each implementation reads the row, adds one, and writes it back only if nobody changed it since
 * (optimistic locking, the {@code version} column), reading again and retrying when somebody did.
 */
public interface SeatBooking {

    /** How often one booking may be retried before it gives up: far more than any test or the main needs. */
    int MAX_RETRIES = 1_000;

    /**
     * Takes one seat in the course, in a transaction of its own.
     *
     * @return how many times it had to read again and retry because another transaction wrote first
     */
    int takeSeat(long courseId);
}
