package dev.ajp.transactions.concurrency;

/**
 * Runs one transaction again, from the start, as long as it fails only because of another writer
 * ({@link ConcurrentWriteFailure}), at most {@code attempts} times. Every other failure goes to the caller at once.
 */
final class Retry {

    /** One attempt: its own transaction, started and ended inside; {@code false} means an optimistic conflict. */
    @FunctionalInterface
    interface Attempt {
        boolean run(int attempt);
    }

    private Retry() {}

    /**
     * @param row what is written, for the message when every attempt failed
     * @return how many attempts failed before the one that succeeded
     * @throws SeatBookingFailedException when all {@code attempts} failed
     */
    static int run(String row, int attempts, Attempt attempt) {
        if (attempts < 1) {
            throw new IllegalArgumentException("At least one attempt, not " + attempts);
        }
        ConcurrentWriteFailure last = null;
        RuntimeException lastError = null;
        for (var i = 1; i <= attempts; i++) {
            try {
                if (attempt.run(i)) {
                    return i - 1;
                }
                last = ConcurrentWriteFailure.OPTIMISTIC_LOCK;
                lastError = null;
            } catch (RuntimeException e) {
                var failure = ConcurrentWriteFailure.of(e);
                if (failure.isEmpty()) {
                    throw e;
                }
                last = failure.get();
                lastError = e;
            }
        }
        throw new SeatBookingFailedException(row, attempts, last, lastError);
    }
}
