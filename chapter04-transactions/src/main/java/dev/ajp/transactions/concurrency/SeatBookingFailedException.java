package dev.ajp.transactions.concurrency;

/**
 * A booking that gave up: every attempt met another transaction's write ({@link ConcurrentWriteFailure}). Each
 * attempt was rolled back, so nothing of it was written; the message names the row and the number of attempts, and
 * the cause is the last attempt's failure.
 */
public final class SeatBookingFailedException extends RuntimeException {

    private final int attempts;
    private final ConcurrentWriteFailure lastFailure;

    public SeatBookingFailedException(String row, int attempts, ConcurrentWriteFailure lastFailure, Throwable cause) {
        super(
                "Gave up taking a seat in " + row + " after " + attempts + " attempts, each rolled back because"
                        + " another transaction wrote at the same time (the last: " + lastFailure + ")",
                cause);
        this.attempts = attempts;
        this.lastFailure = lastFailure;
    }

    public int attempts() {
        return attempts;
    }

    public ConcurrentWriteFailure lastFailure() {
        return lastFailure;
    }
}
