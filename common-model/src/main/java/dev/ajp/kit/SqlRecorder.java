package dev.ajp.kit;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.ttddyy.dsproxy.listener.lifecycle.JdbcLifecycleEventListener;

/**
 * Everything that reaches JDBC through a {@link Database}'s DataSource, whichever framework sent it: every statement
 * executed, and every call that steers the transaction (commit, rollback, savepoints, auto-commit, isolation), in the
 * order they happened.
 *
 * <p>It listens to datasource-proxy, below Hibernate, EclipseLink and Jdbi alike, so that "one query" means one
 * {@code execute} call on a JDBC statement for all three. A JDBC batch ({@code executeBatch}) is one recorded
 * statement, {@linkplain RecordedStatement#batched() batched}, with its {@linkplain RecordedStatement#batchSize() size}. A statement
 * the database rejected is recorded too, as not {@linkplain RecordedEntry#succeeded() succeeded}, whether it failed when it
 * ran or already when it was prepared (H2 parses at prepare time, PostgreSQL at execution).
 *
 * <p>What it records is a {@link Recording}: {@link RecordedStatement}s and {@link ConnectionEvent}s, in order. The
 * datasource-proxy callbacks that feed it are in {@link RecorderListener}.
 *
 * <pre>{@code
 * var recording = db.recorder().record(() -> insertKevinWithASavepoint());
 * assertThat(recording.outline()).containsExactly(
 *         "setAutoCommit(false)", "insert", "setSavepoint(kevin)", "insert failed", "rollback(kevin)", "commit",
 *         "setAutoCommit(true)");
 * }</pre>
 */
public final class SqlRecorder {

    private final List<RecordedEntry> entries = Collections.synchronizedList(new ArrayList<>());
    private final RecorderListener listener = new RecorderListener(this);
    private final ThreadLocal<Boolean> paused = ThreadLocal.withInitial(() -> false);
    private final AtomicInteger connectionsAcquired = new AtomicInteger();
    /** The names of the savepoints set so far: a released savepoint no longer tells its name. */
    private final Map<Savepoint, String> savepointNames = Collections.synchronizedMap(new WeakHashMap<>());

    /** Forgets what was recorded so far. */
    public void clear() {
        entries.clear();
        connectionsAcquired.set(0);
    }

    /**
     * How many connections were taken from the recorded DataSources ({@code getConnection()}, from the pool) since the
     * last {@link #clear()}, so, right after {@link #record}, by the recorded work. Not an entry of a recording:
     * borrowing a connection is neither a statement nor a transaction call, and every framework borrows one to read.
     * It shows work that takes one connection per small task, such as a lazy load outside any EntityManager.
     */
    public int connectionsAcquired() {
        return connectionsAcquired.get();
    }

    /** What was recorded since the last {@link #clear()}: statements and connection events, in order. */
    public List<RecordedEntry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /** The statements recorded since the last {@link #clear()}, in order. */
    public List<RecordedStatement> statements() {
        return recording().statements();
    }

    /** What was recorded since the last {@link #clear()}, as a recording without a result. */
    public Recording<Void> recording() {
        return new Recording<>(null, entries());
    }

    /**
     * Runs {@code work} and returns its result with exactly the statements and events it caused. If {@code work}
     * throws, the exception goes to the caller, and {@link #recording()} still holds what was sent before it.
     */
    public <T> Recording<T> record(Supplier<T> work) {
        clear();
        var result = work.get();
        return new Recording<>(result, entries());
    }

    /** Runs {@code work} and returns exactly the statements and events it caused (see {@link #record(Supplier)}). */
    public Recording<Void> record(Runnable work) {
        return record(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code work} without recording what this thread sends meanwhile (other threads are still recorded): the kit
     * starts factories this way, so that a provider's start-up SQL (Hibernate's schema validation, EclipseLink's login)
     * never lands in a recording, even when the first use of a factory happens inside one.
     */
    <T> T unrecorded(Supplier<T> work) {
        var outer = paused.get();
        paused.set(true);
        try {
            return work.get();
        } finally {
            paused.set(outer);
        }
    }

    /** What datasource-proxy calls: the kit installs it on the DataSources of a {@link Database}. */
    JdbcLifecycleEventListener listener() {
        return listener;
    }

    /** Adds what the listener saw, unless this thread is {@linkplain #unrecorded unrecorded}. */
    void add(RecordedEntry entry) {
        if (!paused.get()) {
            entries.add(entry);
        }
    }

    /** Counts a connection taken from the pool, unless this thread is {@linkplain #unrecorded unrecorded}. */
    void connectionAcquired() {
        if (!paused.get()) {
            connectionsAcquired.incrementAndGet();
        }
    }

    /** Remembers a savepoint's name: a released savepoint no longer tells it. */
    void savepointSet(Savepoint savepoint, String name) {
        savepointNames.put(savepoint, name);
    }

    /** The name a savepoint was set with, or {@code unnamed}. */
    String savepointName(Savepoint savepoint) {
        if (savepoint == null) {
            return "null";
        }
        var known = savepointNames.get(savepoint);
        if (known != null) {
            return known;
        }
        try {
            return savepoint.getSavepointName();
        } catch (SQLException | RuntimeException unnamed) {
            // JDBC: asking an unnamed savepoint for its name throws.
            return "unnamed";
        }
    }
}
