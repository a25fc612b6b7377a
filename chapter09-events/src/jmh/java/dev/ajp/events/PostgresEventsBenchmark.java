package dev.ajp.events;

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
 * {@link EventsBenchmark} for the approach only PostgreSQL has: EclipseLink reading the trigger's name back with
 * {@code @ReturnInsert} ({@code INSERT ... RETURNING}, one per student: an INSERT that returns a value is not
 * batched). Its results land in the same result file as the others' and compare with "EclipseLink/trigger-refresh".
 *
 * <p>The parent pom runs a class named {@code Postgres...Benchmark} only when the build targets PostgreSQL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
public class PostgresEventsBenchmark {

    /** Every approach that needs PostgreSQL (BenchmarkParametersTest checks the list against the enum). */
    @Param({"ECLIPSELINK_TRIGGER_RETURN_INSERT"})
    public Approach approach;

    @Param({"1000"})
    public int rows;

    private InsertRun<List<InsertedStudent>> run;

    @Setup(Level.Trial)
    public void open() {
        Bench.label(approach, approach.label());
        run = EventsBenchmark.openRun(approach, rows);
    }

    @Setup(Level.Invocation)
    public void emptyTheTables() {
        run.emptyTables();
    }

    @Benchmark
    public List<InsertedStudent> insert() {
        return run.insert();
    }

    @TearDown(Level.Trial)
    public void close() {
        run.close();
    }
}
