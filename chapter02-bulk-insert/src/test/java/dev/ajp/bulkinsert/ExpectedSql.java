package dev.ajp.bulkinsert;

import static dev.ajp.bulkinsert.BulkInsert.BATCH_SIZE;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What an approach sends to insert {@code n} students, as the recorder sees it: the claim of the chapter, one
 * exhaustive switch over the approaches, so that a new approach does not compile until its expectation is written.
 *
 * @param singleInserts INSERTs executed one at a time
 * @param insertBatchSizes the rows in each JDBC batch of INSERTs, in order
 * @param sequenceCalls the text of each call of {@code students_seq}, in order
 * @param events the connection events, in order
 */
record ExpectedSql(
        long singleInserts, List<Integer> insertBatchSizes, List<String> sequenceCalls, List<String> events) {

    /** One transaction on the connection, as every approach opens and commits it. */
    static final List<String> ONE_TRANSACTION = List.of("setAutoCommit(false)", "commit", "setAutoCommit(true)");

    /** The JDBC statements in all: the sequence calls, the single INSERTs and the batches; nothing else. */
    int statements() {
        return (int) singleInserts + insertBatchSizes.size() + sequenceCalls.size();
    }

    static ExpectedSql of(Approach approach, int n, DatabaseSettings.Kind database) {
        var ids = sequenceCalls(n, standardSequenceCall(database));
        var eclipseLinkIds = sequenceCalls(n, eclipseLinkSequenceCall(database));
        return switch (approach) {
            // one INSERT per student
            case HIBERNATE_PER_ROW, JDBI_PER_ROW -> new ExpectedSql(n, List.of(), ids, ONE_TRANSACTION);
            case ECLIPSELINK_PER_ROW -> new ExpectedSql(n, List.of(), eclipseLinkIds, eclipseLinkTransaction(n));
            // one batch per 50 students, the last one holding the rest, even a single student
            case HIBERNATE_BATCHED, JDBI_BATCH, JDBI_SQL_BATCH, JDBC_BATCH ->
                new ExpectedSql(0, batchesOfFifty(n), ids, ONE_TRANSACTION);
            // the same, but a last batch of a single student goes as a plain INSERT
            case HIBERNATE_INSERT_MULTIPLE -> aLoneLastRowUnbatched(n, ids, ONE_TRANSACTION);
            case ECLIPSELINK_BATCHED, ECLIPSELINK_INSERT_QUERY ->
                aLoneLastRowUnbatched(n, eclipseLinkIds, eclipseLinkTransaction(n));
            // the batched Hibernate code on IDENTITY: one INSERT per student, and no sequence
            case HIBERNATE_IDENTITY -> new ExpectedSql(n, List.of(), List.of(), ONE_TRANSACTION);
            // the driver rewrites each batch below the recorder: above it, exactly what the approach sends without
            case JDBC_REWRITTEN_BATCH -> of(Approach.JDBC_BATCH, n, database);
            case HIBERNATE_BATCHED_REWRITTEN -> of(Approach.HIBERNATE_BATCHED, n, database);
            case HIBERNATE_INSERT_MULTIPLE_REWRITTEN -> of(Approach.HIBERNATE_INSERT_MULTIPLE, n, database);
            case ECLIPSELINK_BATCHED_REWRITTEN -> of(Approach.ECLIPSELINK_BATCHED, n, database);
            case ECLIPSELINK_INSERT_QUERY_REWRITTEN -> of(Approach.ECLIPSELINK_INSERT_QUERY, n, database);
            case JDBI_BATCH_REWRITTEN -> of(Approach.JDBI_BATCH, n, database);
            case JDBI_SQL_BATCH_REWRITTEN -> of(Approach.JDBI_SQL_BATCH, n, database);
            // COPY is not a JDBC statement: only the sequence calls for its ids are seen
            case POSTGRES_COPY ->
                new ExpectedSql(0, List.of(), sequenceCalls(n, standardSequenceCall(database)), ONE_TRANSACTION);
        };
    }

    /**
     * On PostgreSQL, below the recorder: how many rows each INSERT holds that the driver asks the server to execute,
     * in order ({@link PostgresWire}). Without the rewrite every row is an INSERT of its own, batched or not; with it,
     * each batch becomes multi-row INSERTs.
     */
    static List<Integer> rowsPerInsertOnTheWire(Approach approach, int n) {
        return switch (approach) {
            case HIBERNATE_PER_ROW,
                    ECLIPSELINK_PER_ROW,
                    JDBI_PER_ROW,
                    HIBERNATE_BATCHED,
                    HIBERNATE_INSERT_MULTIPLE,
                    ECLIPSELINK_BATCHED,
                    ECLIPSELINK_INSERT_QUERY,
                    JDBI_BATCH,
                    JDBI_SQL_BATCH,
                    HIBERNATE_IDENTITY,
                    JDBC_BATCH -> Collections.nCopies(n, 1);
            case JDBC_REWRITTEN_BATCH,
                    HIBERNATE_BATCHED_REWRITTEN,
                    HIBERNATE_INSERT_MULTIPLE_REWRITTEN,
                    ECLIPSELINK_BATCHED_REWRITTEN,
                    ECLIPSELINK_INSERT_QUERY_REWRITTEN,
                    JDBI_BATCH_REWRITTEN,
                    JDBI_SQL_BATCH_REWRITTEN -> rewritten(of(approach, n, DatabaseSettings.Kind.POSTGRES));
            // no INSERT: the rows travel as COPY data
            case POSTGRES_COPY -> List.of();
        };
    }

    /**
     * What the driver makes of these batches with {@code reWriteBatchedInserts=true}: each batch, split into
     * multi-row INSERTs of decreasing powers of two (50 = 32 + 16 + 2, 20 = 16 + 4, 3 = 2 + 1); a single INSERT
     * stays a single INSERT.
     */
    static List<Integer> rewritten(ExpectedSql sent) {
        var inserts = new ArrayList<Integer>();
        for (var rows : sent.insertBatchSizes()) {
            for (var power = Integer.highestOneBit(rows); power > 0; power >>= 1) {
                if ((rows & power) != 0) {
                    inserts.add(power);
                }
            }
        }
        inserts.addAll(Collections.nCopies((int) sent.singleInserts(), 1));
        return inserts;
    }

    /**
     * The statements the database rejects when the 76th of 120 students is invalid: the INSERT (for a batch, the batch
     * that holds it), and after it whatever the framework sends on a broken transaction.
     */
    static List<String> failedStatements(Approach approach, DatabaseSettings.Kind database) {
        return switch (approach) {
            case HIBERNATE_PER_ROW,
                    JDBI_PER_ROW,
                    HIBERNATE_BATCHED,
                    HIBERNATE_INSERT_MULTIPLE,
                    JDBI_BATCH,
                    JDBI_SQL_BATCH,
                    HIBERNATE_IDENTITY,
                    JDBC_BATCH -> List.of("insert failed");
            // EclipseLink then checks its connection with a SELECT 1, which PostgreSQL refuses in an aborted
            // transaction ("current transaction is aborted, commands ignored until end of transaction block")
            case ECLIPSELINK_PER_ROW, ECLIPSELINK_BATCHED, ECLIPSELINK_INSERT_QUERY ->
                database == DatabaseSettings.Kind.POSTGRES
                        ? List.of("insert failed", "select failed")
                        : List.of("insert failed");
            case JDBC_REWRITTEN_BATCH -> failedStatements(Approach.JDBC_BATCH, DatabaseSettings.Kind.POSTGRES);
            case HIBERNATE_BATCHED_REWRITTEN ->
                failedStatements(Approach.HIBERNATE_BATCHED, DatabaseSettings.Kind.POSTGRES);
            case HIBERNATE_INSERT_MULTIPLE_REWRITTEN ->
                failedStatements(Approach.HIBERNATE_INSERT_MULTIPLE, DatabaseSettings.Kind.POSTGRES);
            case ECLIPSELINK_BATCHED_REWRITTEN ->
                failedStatements(Approach.ECLIPSELINK_BATCHED, DatabaseSettings.Kind.POSTGRES);
            case ECLIPSELINK_INSERT_QUERY_REWRITTEN ->
                failedStatements(Approach.ECLIPSELINK_INSERT_QUERY, DatabaseSettings.Kind.POSTGRES);
            case JDBI_BATCH_REWRITTEN -> failedStatements(Approach.JDBI_BATCH, DatabaseSettings.Kind.POSTGRES);
            case JDBI_SQL_BATCH_REWRITTEN -> failedStatements(Approach.JDBI_SQL_BATCH, DatabaseSettings.Kind.POSTGRES);
            // the failed COPY is not a JDBC statement: the recorder sees only the rollback that follows
            case POSTGRES_COPY -> List.of();
        };
    }

    /** The sequence call Hibernate, Jdbi and plain JDBC send ({@link SequenceBlockIds} writes the same as Hibernate). */
    static String standardSequenceCall(DatabaseSettings.Kind database) {
        return switch (database) {
            case H2 -> "select next value for students_seq";
            case POSTGRES -> "select nextval('students_seq')";
        };
    }

    /** EclipseLink's own syntax on H2. */
    static String eclipseLinkSequenceCall(DatabaseSettings.Kind database) {
        return switch (database) {
            case H2 -> "CALL NEXT VALUE FOR students_seq";
            case POSTGRES -> "select nextval('students_seq')";
        };
    }

    /**
     * EclipseLink touches the connection only when it has something to write: no rows, no transaction (its client
     * session takes a connection at the first write, with or without a unit of work).
     */
    static List<String> eclipseLinkTransaction(int n) {
        return n == 0 ? List.of() : ONE_TRANSACTION;
    }

    /** One call per 50 ids. */
    static List<String> sequenceCalls(int n, String sql) {
        return Collections.nCopies((n + BATCH_SIZE - 1) / BATCH_SIZE, sql);
    }

    /** 50, 50, ..., and the rest. */
    static List<Integer> batchesOfFifty(int n) {
        return IntStream.range(0, (n + BATCH_SIZE - 1) / BATCH_SIZE)
                .map(i -> Math.min(BATCH_SIZE, n - i * BATCH_SIZE))
                .boxed()
                .toList();
    }

    /** Batches of 50 and the rest, except that a rest of one student goes as a plain INSERT. */
    private static ExpectedSql aLoneLastRowUnbatched(int n, List<String> ids, List<String> events) {
        var batches = batchesOfFifty(n);
        return n % BATCH_SIZE == 1
                ? new ExpectedSql(1, batches.subList(0, batches.size() - 1), ids, events)
                : new ExpectedSql(0, batches, ids, events);
    }
}
