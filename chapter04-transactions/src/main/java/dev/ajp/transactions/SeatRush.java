package dev.ajp.transactions;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Concurrent writers made reproducible: {@code threads} threads wait at a latch, are released together, and each takes
 * {@code seatsEach} seats in the same course. Which transaction wins each race is up to the scheduler; the total is
 * not: with optimistic locking and retry it is exactly {@code threads * seatsEach}.
 */
public final class SeatRush {

    /** The seats every thread took, and the retries the races cost, all threads together. */
    public record Result(int seats, int retries) {}

    private SeatRush() {}

    public static Result run(SeatBooking booking, long courseId, int threads, int seatsEach)
            throws InterruptedException, ExecutionException, TimeoutException {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var results = new ArrayList<Future<Integer>>();
            for (var t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    var retries = 0;
                    for (var i = 0; i < seatsEach; i++) {
                        retries += booking.takeSeat(courseId);
                    }
                    return retries;
                }));
            }
            start.countDown(); // all at once
            var retries = 0;
            for (var result : results) {
                retries += result.get(2, TimeUnit.MINUTES);
            }
            return new Result(threads * seatsEach, retries);
        } finally {
            pool.shutdownNow();
        }
    }
}
