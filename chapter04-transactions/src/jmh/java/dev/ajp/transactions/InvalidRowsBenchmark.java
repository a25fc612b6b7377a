package dev.ajp.transactions;

import dev.ajp.kit.Bench;
import dev.ajp.kit.Database;
import dev.ajp.kit.Logging;
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
 * {@code rows} students of which every tenth is invalid, all risky: "try, then roll back to a savepoint" (the savepoint
 * approaches) against "validate first" (the invalid tenth never sent, the rest in JDBC batches), every approach.
 *
 * <p>What to expect: validate first sends a fiftieth of the round trips and no savepoint at all, at the price of
 * checking each entity in Java; the savepoint approaches pay three round trips per row, plus the rejected INSERTs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
public class InvalidRowsBenchmark {

    @Param
    public Approach approach;

    @Param({"1000"})
    public int rows;

    private Database db;
    private TutorialTransaction transaction;
    private List<NewStudent> students;

    @Setup(Level.Trial)
    public void open() {
        Bench.label(approach, approach.label());
        // A hundred rejected INSERTs per operation are expected here, and Hibernate logs each as two WARN lines
        // (org.hibernate.orm.jdbc.error): an application that rejects rows on purpose sets that logger to ERROR, and
        // so does the benchmark, or it would measure the printing of 200 lines per operation through JMH.
        Logging.quiet("org.hibernate.orm.jdbc.error");
        db = Database.setup()
                .unrecorded()
                .scripts(ChapterDatabase.SCHEMA)
                .data(SampleData.canonical())
                .open();
        transaction = approach.on(db);
        students = NewStudent.generated(rows, 10);
    }

    @Setup(Level.Invocation)
    public void backToTheTutorialsStudents() {
        ChapterDatabase.reset(db);
    }

    @Benchmark
    public TutorialTransaction.Outcome insertTheValidNine() {
        var outcome = transaction.run(List.of(), students);
        if (outcome.leftOut().size() != rows / 10) {
            throw new IllegalStateException(
                    approach + " left out " + outcome.leftOut().size() + " of " + rows);
        }
        return outcome;
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }
}
