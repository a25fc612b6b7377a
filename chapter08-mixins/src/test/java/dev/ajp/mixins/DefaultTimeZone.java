package dev.ajp.mixins;

import java.util.TimeZone;

/**
 * The JVM's default time zone set for the length of a try block, and restored after it: {@code try (var zone =
 * DefaultTimeZone.set("America/New_York")) { ... }}.
 */
final class DefaultTimeZone implements AutoCloseable {

    private final TimeZone original = TimeZone.getDefault();

    private DefaultTimeZone(String zone) {
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
    }

    static DefaultTimeZone set(String zone) {
        return new DefaultTimeZone(zone);
    }

    @Override
    public void close() {
        TimeZone.setDefault(original);
    }
}
