package dev.ajp.mixins;

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
 * {@link TimestampsBenchmark} for what only PostgreSQL runs: EclipseLink's {@code @ReturnInsert}, one
 * {@code INSERT ... RETURNING} per row (EclipseLink does not batch a statement that returns values). Run only when the
 * build targets PostgreSQL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
public class PostgresTimestampsBenchmark {

    @Param({"ECLIPSELINK_RETURNING"})
    public Approach approach;

    @Param({"100", "1000"})
    public int rows;

    private InsertRun<List<Stamp>> run;

    @Setup(Level.Trial)
    public void open() {
        Bench.label(approach, approach.label());
        run = TimestampsBenchmark.openRun(approach, rows);
    }

    @Setup(Level.Invocation)
    public void emptyTheTable() {
        run.emptyTables();
    }

    @Benchmark
    public List<Stamp> insert() {
        return run.insert();
    }

    @TearDown(Level.Trial)
    public void close() {
        run.close();
    }
}
