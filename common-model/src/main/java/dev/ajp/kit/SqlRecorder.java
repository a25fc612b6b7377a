package dev.ajp.kit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Every statement that reaches JDBC through a {@link Database}'s DataSource, whichever framework sent it.
 *
 * <p>It listens to datasource-proxy, below Hibernate, EclipseLink and Jdbi alike, so that "one query" means one
 * {@code execute} call on a JDBC statement for all three. A JDBC batch ({@code executeBatch}) is one recorded
 * statement, {@linkplain Statement#batched() batched}, with its {@linkplain Statement#batchSize() size}.
 */
public final class SqlRecorder implements QueryExecutionListener {

    /** What a statement does, from its first keyword. */
    public enum Kind {
        SELECT,
        INSERT,
        UPDATE,
        DELETE,
        /** DDL, {@code call}, {@code merge}, {@code set} and anything else. */
        OTHER
    }

    /**
     * One execution at the JDBC level.
     *
     * @param sql the statement text, as the framework wrote it (several texts joined by {@code ";\n"} for a plain
     *     {@code Statement} batch)
     * @param kind what it does
     * @param batched whether it was sent with {@code executeBatch}
     * @param batchSize the number of rows (parameter sets) in the batch; 1 when not batched
     */
    public record Statement(String sql, Kind kind, boolean batched, int batchSize) {

        private static final Pattern WHITESPACE = Pattern.compile("\\s+");
        private static final Pattern SELECT_LIST = Pattern.compile("(?i)^select (.+?) from ");

        /** The text on one line, with a long select list shortened to "…", and the batch size if batched. */
        public String compact() {
            var text = WHITESPACE.matcher(sql.strip()).replaceAll(" ");
            var selectList = SELECT_LIST.matcher(text);
            if (text.length() > 120 && selectList.find() && selectList.group(1).length() > 20) {
                text = text.substring(0, selectList.start(1)) + "…" + text.substring(selectList.end(1));
            }
            return batched ? text + "  [batch of " + batchSize + "]" : text;
        }
    }

    /**
     * A result and the statements it took.
     *
     * @param result what the recorded code returned
     * @param statements what it sent, in order
     */
    public record Recording<T>(T result, List<Statement> statements) {

        /** The number of JDBC executions. */
        public int count() {
            return statements.size();
        }

        /** The number of JDBC executions of one kind. */
        public long count(Kind kind) {
            return statements.stream().filter(s -> s.kind() == kind).count();
        }

        /** The statements, one compact line each. */
        public String describe() {
            return statements.stream().map(s -> "  " + s.compact()).collect(Collectors.joining("\n"));
        }
    }

    private final List<Statement> statements = Collections.synchronizedList(new ArrayList<>());

    /** Forgets what was recorded so far. */
    public void clear() {
        statements.clear();
    }

    /** What was recorded since the last {@link #clear()}, in order. */
    public List<Statement> statements() {
        synchronized (statements) {
            return List.copyOf(statements);
        }
    }

    /** Runs {@code work} and returns its result with exactly the statements it sent. */
    public <T> Recording<T> record(Supplier<T> work) {
        clear();
        var result = work.get();
        return new Recording<>(result, statements());
    }

    /** Runs {@code work} and returns exactly the statements it sent. */
    public Recording<Void> record(Runnable work) {
        return record(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        var sql = queries.stream().map(QueryInfo::getQuery).collect(Collectors.joining(";\n"));
        var batched = execution.isBatch();
        var size = batched ? execution.getBatchSize() : 1;
        statements.add(new Statement(sql, kindOf(sql), batched, size));
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
        return switch (text.substring(0, end).toLowerCase(Locale.ROOT)) {
            case "select", "with", "values" -> Kind.SELECT;
            case "insert" -> Kind.INSERT;
            case "update" -> Kind.UPDATE;
            case "delete" -> Kind.DELETE;
            default -> Kind.OTHER;
        };
    }
}
