package dev.ajp.mixins;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that moves one second each time it is read, from {@link #START}: every reading is a different, known
 * instant, so a test sees which reading went where without waiting for time to pass. {@link #START} has nanoseconds,
 * as {@code Instant.now()} has on Linux.
 */
final class TickingClock extends Clock {

    static final Instant START = Instant.parse("2026-01-15T12:00:00.123456789Z");

    private final AtomicLong readings = new AtomicLong();

    @Override
    public Instant instant() {
        return START.plusSeconds(readings.getAndIncrement());
    }

    /** How many times it was read. */
    long readings() {
        return readings.get();
    }

    /** The {@code n}th reading (from 0), as a column with microseconds keeps it. */
    static Instant reading(long n) {
        return START.plusSeconds(n).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock in UTC");
    }
}
