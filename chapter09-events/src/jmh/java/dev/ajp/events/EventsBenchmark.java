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
 * The time to insert {@code rows} students in one transaction, per approach, on H2 or PostgreSQL (-Ppostgres): with no
 * hook (the baselines), with the name normalised and an audit row written by a hook in the application, by triggers
 * in the database, and by triggers with the name read back. The approach only PostgreSQL has is in
 * {@link PostgresEventsBenchmark}.
 *
 * <p>What to expect: the hooks' own Java costs little next to the statements they cause. What moves the figures is
 * how many statements reach the database per student: a trigger writes the audit row inside the server, with no
 * statement of the application's; the Hibernate listener sends one audit INSERT per student beside Hibernate's
 * batches; EclipseLink alternates student and audit INSERTs, so none of them is batched; reading the trigger's name
 * back costs an INSERT of its own per student ({@code @Generated}) or a SELECT or two per student ({@code refresh}),
 * while Jdbi's returned keys keep the batches. Every approach takes its ids the same way, one call of students_seq per
 * 50 students, and batches what it can by 50; on PostgreSQL the driver rewrites each batch into multi-row INSERTs
 * ({@link Approach#frameworks}).
 *
 * <p>Each invocation starts from empty tables ({@code @Setup(Level.Invocation)}; fine for an operation that takes
 * milliseconds). One size only: the parameter space stays within the kit's budget of a run (about 25 combinations),
 * and 1,000 rows is many batches, enough to show the per-row costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
public class EventsBenchmark {

    /** Every approach that runs on every database (BenchmarkParametersTest checks the list against the enum). */
    @Param({
        "HIBERNATE_NO_HOOK",
        "ECLIPSELINK_NO_HOOK",
        "JDBI_NO_HOOK",
        "HIBERNATE_JPA_CALLBACKS",
        "ECLIPSELINK_JPA_CALLBACKS",
        "HIBERNATE_EVENT_LISTENER",
        "ECLIPSELINK_DESCRIPTOR_LISTENER",
        "JDBI_DAO",
        "HIBERNATE_TRIGGER",
        "ECLIPSELINK_TRIGGER",
        "JDBI_TRIGGER",
        "HIBERNATE_TRIGGER_GENERATED",
        "ECLIPSELINK_TRIGGER_REFRESH",
        "JDBI_TRIGGER_RETURNING"
    })
    public Approach approach;

    @Param({"1000"})
    public int rows;

    private InsertRun<List<InsertedStudent>> run;

    @Setup(Level.Trial)
    public void open() {
        Bench.label(approach, approach.label());
        run = openRun(approach, rows);
    }

    /**
     * One approach ready to be measured, for this benchmark and {@link PostgresEventsBenchmark}: a fresh database
     * opened unrecorded (no proxy between the framework and the pool), with the triggers if the approach needs them,
     * the approach built on it, and the students to insert, built once. The audit rows go with the students between
     * invocations (a TRUNCATE on PostgreSQL fires no insert trigger).
     */
    static InsertRun<List<InsertedStudent>> openRun(Approach approach, int rows) {
        var students = NewStudent.generated(rows);
        return InsertRun.open(
                approach,
                ChapterDatabase.setup(approach).unrecorded(),
                List.of("student_audit", "students"),
                db -> {
                    var inserter = approach.on(db);
                    return () -> inserter.insert(students);
                },
                List::size,
                rows);
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
