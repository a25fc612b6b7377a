package dev.ajp.transactions.concurrency;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Concurrent writers made reproducible: {@code threads} threads wait at a latch, are released together, and each tries
 * to take {@code seatsEach} seats in the same course. Which transaction wins each race is up to the scheduler; the
 * total is not: every booking either took its seat or gave up with a {@link SeatBookingFailedException} after its
 * attempts (each rolled back), so the seats taken in the table are exactly the bookings that succeeded. A version
 * conflict, a lock timeout, a deadlock or a serialization failure (SQLState 40001) is retried by the booking; any other
 * error is a bug and ends the rush.
 */
public final class SeatRush {

    /**
     * What the rush did, all threads together.
     *
     * @param booked the seats taken
     * @param gaveUp the bookings that gave up after all their attempts, having written nothing
     * @param retries how often an attempt was run again, after another transaction's write made the one before fail
     */
    public record Result(int booked, int gaveUp, int retries) {}

    private record ThreadResult(int booked, int gaveUp, int retries) {}

    private SeatRush() {}

    public static Result run(SeatBooking booking, long courseId, int threads, int seatsEach)
            throws InterruptedException, ExecutionException, TimeoutException {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var results = new ArrayList<Future<ThreadResult>>();
            for (var t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int booked = 0, gaveUp = 0, retries = 0;
                    for (var i = 0; i < seatsEach; i++) {
                        try {
                            retries += booking.takeSeat(courseId);
                            booked++;
                        } catch (SeatBookingFailedException refused) {
                            gaveUp++;
                            retries += refused.attempts() - 1;
                        }
                    }
                    return new ThreadResult(booked, gaveUp, retries);
                }));
            }
            start.countDown(); // all at once
            int booked = 0, gaveUp = 0, retries = 0;
            for (var result : results) {
                var r = result.get(2, TimeUnit.MINUTES);
                booked += r.booked();
                gaveUp += r.gaveUp();
                retries += r.retries();
            }
            return new Result(booked, gaveUp, retries);
        } finally {
            pool.shutdownNow();
        }
    }
}
