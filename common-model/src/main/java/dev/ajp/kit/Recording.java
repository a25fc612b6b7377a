package dev.ajp.kit;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A result and what it took to get it.
 *
 * @param result what the recorded code returned
 * @param entries the statements and connection events it caused, in order
 */
public record Recording<T>(T result, List<RecordedEntry> entries) {

    public Recording {
        entries = List.copyOf(entries);
    }

    /** The statements, in order, without the connection events. */
    public List<RecordedStatement> statements() {
        return entries.stream()
                .filter(RecordedStatement.class::isInstance)
                .map(RecordedStatement.class::cast)
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
    public long count(StatementKind kind) {
        return statements().stream().filter(s -> s.kind() == kind).count();
    }

    /** The number of connection events of one kind. */
    public long count(ConnectionAction action) {
        return events().stream().filter(e -> e.action() == action).count();
    }

    /** INSERTs sent one at a time ({@code execute}, not {@code executeBatch}). */
    public long singleInserts() {
        return statements().stream()
                .filter(s -> s.kind() == StatementKind.INSERT && !s.batched())
                .count();
    }

    /** INSERTs sent as JDBC batches, one entry per {@code executeBatch}. */
    public List<RecordedStatement> insertBatches() {
        return statements().stream()
                .filter(s -> s.kind() == StatementKind.INSERT && s.batched())
                .toList();
    }

    /** The number of rows in each INSERT batch, in order. */
    public List<Integer> insertBatchSizes() {
        return insertBatches().stream().map(RecordedStatement::batchSize).toList();
    }

    /** Calls for the next value of a sequence, in any database's syntax. */
    public long sequenceCalls() {
        return count(StatementKind.SEQUENCE);
    }

    /** The statements the database rejected. */
    public List<RecordedStatement> failedStatements() {
        return statements().stream().filter(s -> !s.succeeded()).toList();
    }

    /** Every entry in its {@linkplain Entry#outline() short form}, in order: what a test compares. */
    public List<String> outline() {
        return entries.stream().map(RecordedEntry::outline).toList();
    }

    /** Every entry on a line of its own, indented, for a main's output. */
    public String describe() {
        return entries.stream().map(e -> "  " + e.compact()).collect(Collectors.joining("\n"));
    }
}
