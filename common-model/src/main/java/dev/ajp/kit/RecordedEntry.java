package dev.ajp.kit;

/** One thing recorded: a {@link RecordedStatement} or a {@link ConnectionEvent}. */
public sealed interface RecordedEntry permits RecordedStatement, ConnectionEvent {

    /** Whether the driver carried it out; false when it threw (a rejected INSERT, a failed commit). */
    boolean succeeded();

    /**
     * A short name for sequences of entries in tests: a statement's kind in lower case ({@code insert},
     * {@code sequence}), a connection event's call ({@code commit}, {@code setSavepoint(kevin)}); followed by
     * {@code " failed"} when it did not succeed.
     */
    String outline();

    /** One line for a main's output. */
    String compact();
}
