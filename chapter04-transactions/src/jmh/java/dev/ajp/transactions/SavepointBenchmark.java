package dev.ajp.transactions;

import dev.ajp.kit.Bench;
import dev.ajp.kit.Database;
import dev.ajp.model.SampleData;
import dev.ajp.transactions.savepoint.Approach;
import dev.ajp.transactions.savepoint.NewStudent;
import dev.ajp.transactions.savepoint.TutorialTransaction;
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
 * What a savepoint per row costs: {@code rows} valid students inserted in one transaction, either all as sure rows
 * (JDBC batches of 50, no savepoint) or each as a risky row (a savepoint, a single INSERT and a release per row), by
 * each framework's savepoint approach.
 *
 * <p>What to expect: a row behind a savepoint cannot join a batch, and costs three round trips instead of a fiftieth
 * of one (set the savepoint, insert, release): on PostgreSQL, where each round trip crosses a socket, that is the
 * whole difference; on H2, in the same JVM, the frameworks' own work shows more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
public class SavepointBenchmark {

    /** How the rows are sent. */
    public enum Protection {
        /** All sure: JDBC batches, no savepoint; one invalid row would roll back everything. */
        NONE,
        /** All risky: each behind a savepoint of its own. */
        SAVEPOINT_PER_ROW
    }

    @Param({"JDBC_SAVEPOINT", "JDBI_SAVEPOINT", "HIBERNATE_SAVEPOINT", "ECLIPSELINK_SAVEPOINT"})
    public Approach approach;

    @Param
    public Protection protection;

    @Param({"1000"})
    public int rows;

    private Database db;
    private TutorialTransaction transaction;
    private List<NewStudent> students;

    @Setup(Level.Trial)
    public void open() {
        Bench.label(approach, approach.label());
        db = Database.setup()
                .unrecorded()
                .scripts(ChapterDatabase.SCHEMA)
                .data(SampleData.canonical())
                .open();
        transaction = approach.on(db);
        students = NewStudent.generated(rows, 0);
    }

    @Setup(Level.Invocation)
    public void backToTheTutorialsStudents() {
        ChapterDatabase.reset(db);
    }

    @Benchmark
    public TutorialTransaction.Outcome insert() {
        return switch (protection) {
            case NONE -> transaction.run(students, List.of());
            case SAVEPOINT_PER_ROW -> transaction.run(List.of(), students);
        };
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }
}
