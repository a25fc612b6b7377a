package dev.ajp.bulkinsert;

import dev.ajp.kit.Bench;
import dev.ajp.kit.InsertRun;
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
 * {@link BulkInsertBenchmark} for the approaches that only PostgreSQL has: every batched approach again, each on
 * connections with the driver's {@code reWriteBatchedInserts=true}, and COPY, the physical limit. Their results land
 * in the same result file as the others' and compare with its "JDBC/batch"; within this table, the rewritten JDBC batch
 * and COPY are the floors the rewritten frameworks are read against.
 *
 * <p>What to expect: a rewritten batch takes the same round trips as the plain one, but the server executes three
 * multi-row INSERTs per 50 rows instead of 50 single-row ones, whichever framework built the batch; what is left
 * between a framework and the rewritten JDBC batch is what the framework does per row. COPY sends no INSERT at all:
 * one stream of rows into the server's bulk loader, as close to the cost of writing the rows as a client can get. All
 * still take their ids from students_seq, one call per 50 rows, like every other approach.
 *
 * <p>10,000 rows only, like {@link BulkInsertBenchmark}: the ratios the chapter reads are those at 10,000 rows, and
 * the two benchmarks together stay within the parameter space the kit's settings allow on PostgreSQL (19 combinations:
 * eleven approaches there, eight here).
 *
 * <p>The parent pom runs a class named {@code Postgres...Benchmark} only when the build targets PostgreSQL, so that a
 * run on H2 never meets it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
public class PostgresBulkInsertBenchmark {

    /** Every approach that needs PostgreSQL (BenchmarkParametersTest checks the list against the enum). */
    @Param({
        "JDBC_REWRITTEN_BATCH",
        "HIBERNATE_BATCHED_REWRITTEN",
        "HIBERNATE_INSERT_MULTIPLE_REWRITTEN",
        "ECLIPSELINK_BATCHED_REWRITTEN",
        "ECLIPSELINK_INSERT_QUERY_REWRITTEN",
        "JDBI_BATCH_REWRITTEN",
        "JDBI_SQL_BATCH_REWRITTEN",
        "POSTGRES_COPY"
    })
    public Approach approach;

    @Param({"10000"})
    public int rows;

    private InsertRun<Integer> run;

    @Setup(Level.Trial)
    public void open() {
        Bench.label(approach, approach.label());
        run = BulkInsertBenchmark.openRun(approach, rows);
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
