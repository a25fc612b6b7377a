package dev.ajp.bulkinsert;

import dev.ajp.kit.Bench;
import dev.ajp.kit.InsertRun;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The time to insert {@code rows} students in one transaction, per approach, on H2 or PostgreSQL (-Ppostgres). The
 * approaches that only PostgreSQL has are in {@link PostgresBulkInsertBenchmark}.
 *
 * <p>What to expect: the per-row approaches pay one statement execution per row, and on PostgreSQL one network round
 * trip per row; the batched ones pay one round trip per 50 rows, plus what their framework does per entity (the
 * persistence context, events, dirty checking at flush). The plain JDBC batch is the floor every batched approach
 * sits on; the IDENTITY trap lands with the per-row ones. Every approach takes its ids the same way (one call of
 * students_seq per 50 rows), so the differences are the inserts themselves.
 *
 * <p>Each invocation starts from an empty table: {@code @Setup(Level.Invocation)} empties it. JMH warns that
 * per-invocation setup distorts measurements of very short operations (the timer's own cost, and the setup's effect on
 * caches); an insert of 10,000 rows takes milliseconds, which that cost does not touch. The students are built once per
 * trial, and each trial (one approach, one size) gets a fresh database.
 *
 * <p>The kit's settings ({@link Bench}) come from this benchmark: an insert of 10,000 rows runs only a few dozen times
 * per iteration and leaves much garbage behind it, and one fork of five iterations on a growing heap gave error bars
 * as wide as the differences they were meant to show.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
public class BulkInsertBenchmark {

    /** Every approach that runs on every database (BenchmarkParametersTest checks the list against the enum). */
    @Param({
        "HIBERNATE_PER_ROW",
        "ECLIPSELINK_PER_ROW",
        "JDBI_PER_ROW",
        "HIBERNATE_BATCHED",
        "HIBERNATE_INSERT_MULTIPLE",
        "ECLIPSELINK_BATCHED",
        "ECLIPSELINK_INSERT_QUERY",
        "JDBI_BATCH",
        "JDBI_SQL_BATCH",
        "HIBERNATE_IDENTITY",
        "JDBC_BATCH"
    })
    public Approach approach;

    /**
     * One size, the one the chapter reads its ratios at: with the approaches of both benchmarks, a second size would
     * take the PostgreSQL run past the parameter space the kit's settings allow (about 25 combinations per database).
     */
    @Param({"10000"})
    public int rows;

    private InsertRun<Integer> run;

    @Setup(Level.Trial)
    public void open() {
        Bench.label(approach, approach.label());
        run = openRun(approach, rows);
    }

    /**
     * One approach ready to be measured, for this benchmark and {@link PostgresBulkInsertBenchmark}: a fresh database
     * opened unrecorded (no proxy between the framework and the pool), the approach built on it in its best
     * configuration, and the students to insert, built once.
     */
    static InsertRun<Integer> openRun(Approach approach, int rows) {
        var students = NewStudent.generated(rows);
        return InsertRun.open(
                approach,
                ChapterDatabase.setup().unrecorded(),
                List.of(approach.table()),
                db -> {
                    var inserter = approach.on(db);
                    return () -> inserter.insert(students);
                },
                Integer::intValue,
                rows);
    }

    @Setup(Level.Invocation)
    public void emptyTheTable() {
        run.emptyTables();
    }

    @Benchmark
    public int insert() {
        return run.insert();
    }

    @TearDown(Level.Trial)
    public void close() {
        run.close();
    }
}
