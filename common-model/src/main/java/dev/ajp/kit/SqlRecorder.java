package dev.ajp.kit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.lifecycle.JdbcLifecycleEventListener;
import net.ttddyy.dsproxy.listener.lifecycle.JdbcLifecycleEventListenerAdapter;

/**
 * Everything that reaches JDBC through a {@link Database}'s DataSource, whichever framework sent it: every statement
 * executed, and every call that steers the transaction (commit, rollback, savepoints, auto-commit, isolation), in the
 * order they happened.
 *
 * <p>It listens to datasource-proxy, below Hibernate, EclipseLink and Jdbi alike, so that "one query" means one
 * {@code execute} call on a JDBC statement for all three. A JDBC batch ({@code executeBatch}) is one recorded
 * statement, {@linkplain Statement#batched() batched}, with its {@linkplain Statement#batchSize() size}. A statement
 * the database rejected is recorded too, as not {@linkplain Entry#succeeded() succeeded}, whether it failed when it
 * ran or already when it was prepared (H2 parses at prepare time, PostgreSQL at execution).
 *
 * <pre>{@code
 * var recording = db.recorder().record(() -> insertKevinWithASavepoint());
 * assertThat(recording.outline()).containsExactly(
 *         "setAutoCommit(false)", "insert", "setSavepoint(kevin)", "insert failed", "rollback(kevin)", "commit",
 *         "setAutoCommit(true)");
 * }</pre>
 */
public final class SqlRecorder {

    /** What a statement does: from its first keyword, and sequence calls apart, whatever their syntax. */
    public enum Kind {
        SELECT,
        INSERT,
        UPDATE,
        DELETE,
        /**
         * The next value of a sequence, in any database's syntax: {@code select next value for s} and
         * {@code CALL NEXT VALUE FOR s} (H2), {@code select nextval('s')} (PostgreSQL). Not a SELECT, so that
         * {@code count(Kind.SELECT)} means the same for every framework.
         */
        SEQUENCE,
        /** DDL, {@code call}, {@code merge}, {@code set}, {@code copy} and anything else. */
        OTHER
    }

    /** One thing recorded: a {@link Statement} or a {@link ConnectionEvent}. */
    public sealed interface Entry permits Statement, ConnectionEvent {

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

    /**
     * One execution at the JDBC level.
     *
     * @param sql the statement text, as the framework wrote it (several texts joined by {@code ";\n"} for a plain
     *     {@code Statement} batch)
     * @param kind what it does
     * @param batched whether it was sent with {@code executeBatch}
     * @param batchSize the number of rows (parameter sets) in the batch; 1 when not batched
     * @param succeeded whether the driver executed it without an exception
     */
    public record Statement(String sql, Kind kind, boolean batched, int batchSize, boolean succeeded) implements Entry {

        private static final Pattern WHITESPACE = Pattern.compile("\\s+");
        private static final Pattern SELECT_LIST = Pattern.compile("(?i)^select (.+?) from ");

        /** A statement that succeeded. */
        public Statement(String sql, Kind kind, boolean batched, int batchSize) {
            this(sql, kind, batched, batchSize, true);
        }

        @Override
        public String outline() {
            return kind.name().toLowerCase(Locale.ROOT) + (succeeded ? "" : " failed");
        }

        /** The text on one line, with a long select list shortened to "…", the batch size if batched, and a failure. */
        @Override
        public String compact() {
            var text = WHITESPACE.matcher(sql.strip()).replaceAll(" ");
            var selectList = SELECT_LIST.matcher(text);
            if (text.length() > 120 && selectList.find() && selectList.group(1).length() > 20) {
                text = text.substring(0, selectList.start(1)) + "…" + text.substring(selectList.end(1));
            }
            if (batched) {
                text += "  [batch of " + batchSize + "]";
            }
            return succeeded ? text : text + "  [failed]";
        }
    }

    /** The calls on a {@link Connection} that steer its transaction. */
    public enum Action {
        SET_AUTO_COMMIT("setAutoCommit"),
        SET_TRANSACTION_ISOLATION("setTransactionIsolation"),
        COMMIT("commit"),
        /** {@code rollback()}: the whole transaction. */
        ROLLBACK("rollback"),
        SET_SAVEPOINT("setSavepoint"),
        /** {@code rollback(savepoint)}: back to a savepoint; the transaction goes on. */
        ROLLBACK_TO_SAVEPOINT("rollback"),
        RELEASE_SAVEPOINT("releaseSavepoint");

        private final String method;

        Action(String method) {
            this.method = method;
        }

        /** The name of the JDBC method. */
        public String method() {
            return method;
        }
    }

    /**
     * A call on a connection that steers its transaction.
     *
     * @param action which call
     * @param argument what it was called with, as text: {@code false} for {@code setAutoCommit(false)}, the savepoint's
     *     name (or {@code unnamed}), the isolation level's name ({@code READ_COMMITTED}); empty for commit and rollback
     * @param succeeded whether the driver carried it out without an exception
     */
    public record ConnectionEvent(Action action, String argument, boolean succeeded) implements Entry {

        /** {@code commit}, {@code setAutoCommit(false)}, {@code setSavepoint(kevin)}, {@code rollback(kevin)}. */
        public String call() {
            return argument.isEmpty() ? action.method() : action.method() + "(" + argument + ")";
        }

        @Override
        public String outline() {
            return succeeded ? call() : call() + " failed";
        }

        @Override
        public String compact() {
            return succeeded ? call() : call() + "  [failed]";
        }
    }

    /**
     * A result and what it took to get it.
     *
     * @param result what the recorded code returned
     * @param entries the statements and connection events it caused, in order
     */
    public record Recording<T>(T result, List<Entry> entries) {

        public Recording {
            entries = List.copyOf(entries);
        }

        /** The statements, in order, without the connection events. */
        public List<Statement> statements() {
            return entries.stream()
                    .filter(Statement.class::isInstance)
                    .map(Statement.class::cast)
                    .toList();
        }

        /** The connection events, in order, without the statements. */
        public List<ConnectionEvent> events() {
            return entries.stream()
                    .filter(ConnectionEvent.class::isInstance)
                    .map(ConnectionEvent.class::cast)
                    .toList();
        }

        /** The number of JDBC statement executions (a batch is one). Connection events are not counted here. */
        public int count() {
            return statements().size();
        }

        /** The number of JDBC statement executions of one kind. */
        public long count(Kind kind) {
            return statements().stream().filter(s -> s.kind() == kind).count();
        }

        /** The number of connection events of one kind. */
        public long count(Action action) {
            return events().stream().filter(e -> e.action() == action).count();
        }

        /** INSERTs sent one at a time ({@code execute}, not {@code executeBatch}). */
        public long singleInserts() {
            return statements().stream()
                    .filter(s -> s.kind() == Kind.INSERT && !s.batched())
                    .count();
        }

        /** INSERTs sent as JDBC batches, one entry per {@code executeBatch}. */
        public List<Statement> insertBatches() {
            return statements().stream()
                    .filter(s -> s.kind() == Kind.INSERT && s.batched())
                    .toList();
        }

        /** The number of rows in each INSERT batch, in order. */
        public List<Integer> insertBatchSizes() {
            return insertBatches().stream().map(Statement::batchSize).toList();
        }

        /** Calls for the next value of a sequence, in any database's syntax. */
        public long sequenceCalls() {
            return count(Kind.SEQUENCE);
        }

        /** The statements the database rejected. */
        public List<Statement> failedStatements() {
            return statements().stream().filter(s -> !s.succeeded()).toList();
        }

        /** Every entry in its {@linkplain Entry#outline() short form}, in order: what a test compares. */
        public List<String> outline() {
            return entries.stream().map(Entry::outline).toList();
        }

        /** Every entry on a line of its own, indented, for a main's output. */
        public String describe() {
            return entries.stream().map(e -> "  " + e.compact()).collect(Collectors.joining("\n"));
        }
    }

    private final List<Entry> entries = Collections.synchronizedList(new ArrayList<>());
    private final Listener listener = new Listener();
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
    public List<Entry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /** The statements recorded since the last {@link #clear()}, in order. */
    public List<Statement> statements() {
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

    static Kind kindOf(String sql) {
        var text = sql.stripLeading();
        while (text.startsWith("(")) {
            text = text.substring(1).stripLeading();
        }
        var end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        var keyword = text.substring(0, end).toLowerCase(Locale.ROOT);
        if ((keyword.equals("select") || keyword.equals("call") || keyword.equals("values"))
                && SEQUENCE_CALL.matcher(text).find()) {
            return Kind.SEQUENCE;
        }
        return switch (keyword) {
            case "select", "with", "values" -> Kind.SELECT;
            case "insert" -> Kind.INSERT;
            case "update" -> Kind.UPDATE;
            case "delete" -> Kind.DELETE;
            default -> Kind.OTHER;
        };
    }

    private static final Pattern SEQUENCE_CALL = Pattern.compile("(?i)\\bnext\\s+value\\s+for\\b|\\bnextval\\s*\\(");

    /** The datasource-proxy callbacks: statements after they ran, and the transaction calls on connections. */
    private final class Listener extends JdbcLifecycleEventListenerAdapter {

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            var sql = queries.stream().map(QueryInfo::getQuery).collect(Collectors.joining(";\n"));
            var batched = execution.isBatch();
            var size = batched ? execution.getBatchSize() : 1;
            if (!paused.get()) {
                entries.add(new Statement(sql, kindOf(sql), batched, size, execution.isSuccess()));
            }
        }

        @Override
        public void afterGetConnection(MethodExecutionContext call) {
            if (!paused.get() && call.getThrown() == null) {
                connectionsAcquired.incrementAndGet();
            }
        }

        @Override
        public void afterPrepareStatement(MethodExecutionContext call) {
            rejectedWhilePrepared(call);
        }

        @Override
        public void afterPrepareCall(MethodExecutionContext call) {
            rejectedWhilePrepared(call);
        }

        /**
         * A statement the database refused before it could run: H2 parses a statement when it is prepared, so a
         * syntax error never reaches an {@code execute}; PostgreSQL's driver prepares lazily and fails at the
         * {@code execute}. Recorded here as a failed statement, so that both databases show the same thing.
         */
        private void rejectedWhilePrepared(MethodExecutionContext call) {
            var args = call.getMethodArgs();
            if (call.getThrown() != null
                    && !paused.get()
                    && args != null
                    && args.length > 0
                    && args[0] instanceof String sql) {
                entries.add(new Statement(sql, kindOf(sql), false, 1, false));
            }
        }

        @Override
        public void afterSetAutoCommit(MethodExecutionContext call) {
            event(Action.SET_AUTO_COMMIT, String.valueOf(call.getMethodArgs()[0]), call);
        }

        @Override
        public void afterSetTransactionIsolation(MethodExecutionContext call) {
            event(Action.SET_TRANSACTION_ISOLATION, isolation((Integer) call.getMethodArgs()[0]), call);
        }

        @Override
        public void afterCommit(MethodExecutionContext call) {
            event(Action.COMMIT, "", call);
        }

        @Override
        public void afterRollback(MethodExecutionContext call) {
            var args = call.getMethodArgs();
            if (args == null || args.length == 0) {
                event(Action.ROLLBACK, "", call);
            } else {
                event(Action.ROLLBACK_TO_SAVEPOINT, savepointName((Savepoint) args[0]), call);
            }
        }

        @Override
        public void afterSetSavepoint(MethodExecutionContext call) {
            var args = call.getMethodArgs();
            var name = args != null && args.length == 1 ? String.valueOf(args[0]) : "unnamed";
            if (call.getResult() instanceof Savepoint savepoint) {
                savepointNames.put(savepoint, name);
            }
            event(Action.SET_SAVEPOINT, name, call);
        }

        @Override
        public void afterReleaseSavepoint(MethodExecutionContext call) {
            event(Action.RELEASE_SAVEPOINT, savepointName((Savepoint) call.getMethodArgs()[0]), call);
        }

        private void event(Action action, String argument, MethodExecutionContext call) {
            // Only calls on connections: Statement and ResultSet have no such methods, but be explicit.
            if (call.getTarget() instanceof Connection && !paused.get()) {
                entries.add(new ConnectionEvent(action, argument, call.getThrown() == null));
            }
        }
    }

    private String savepointName(Savepoint savepoint) {
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

    private static String isolation(int level) {
        return switch (level) {
            case Connection.TRANSACTION_NONE -> "NONE";
            case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ_UNCOMMITTED";
            case Connection.TRANSACTION_READ_COMMITTED -> "READ_COMMITTED";
            case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE_READ";
            case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
            default -> String.valueOf(level);
        };
    }
}
