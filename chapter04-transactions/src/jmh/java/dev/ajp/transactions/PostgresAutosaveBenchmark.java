package dev.ajp.transactions;

import dev.ajp.kit.Bench;
import dev.ajp.kit.Database;
import dev.ajp.model.SampleData;
import dev.ajp.transactions.savepoint.JdbcErrorCaught;
import dev.ajp.transactions.savepoint.JdbcSavepoint;
import dev.ajp.transactions.savepoint.NewStudent;
import dev.ajp.transactions.savepoint.TutorialTransaction;
import java.util.List;
import java.util.Map;
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
 * PostgreSQL only: what the driver's {@code autosave} costs. {@code rows} valid students, one INSERT each, no savepoint
 * in the code ({@link JdbcErrorCaught}), on connections with {@code autosave=never} (the default), {@code always} and
 * {@code conservative}; against the code's own savepoint per row ({@link JdbcSavepoint}).
 *
 * <p>What to expect: {@code always} makes the driver send a SAVEPOINT with every statement, in the same round trip;
 * {@code conservative} only before statements that return rows (the sequence call, not the INSERT), so it costs about
 * what {@code never} costs; the code's own savepoints add two round trips per row.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
public class PostgresAutosaveBenchmark {

    /** The driver's autosave setting, or the savepoints written in the code. */
    public enum Autosave {
        NEVER,
        ALWAYS,
        CONSERVATIVE,
        EXPLICIT_SAVEPOINT_PER_ROW
    }

    @Param
    public Autosave autosave;

    @Param({"1000"})
    public int rows;

    private Database db;
    private TutorialTransaction transaction;
    private List<NewStudent> students;

    @Setup(Level.Trial)
    public void open() {
        Bench.label(autosave, autosave.name().toLowerCase().replace('_', ' '));
        db = Database.setup()
                .unrecorded()
                .scripts(ChapterDatabase.SCHEMA)
                .data(SampleData.canonical())
                .open();
        var kind = db.settings().kind();
        transaction = switch (autosave) {
            case NEVER -> new JdbcErrorCaught(db.dataSource(), kind);
            case ALWAYS -> new JdbcErrorCaught(db.dataSource(Map.of("autosave", "always")), kind);
            case CONSERVATIVE -> new JdbcErrorCaught(db.dataSource(Map.of("autosave", "conservative")), kind);
            case EXPLICIT_SAVEPOINT_PER_ROW -> new JdbcSavepoint(db.dataSource(), kind);
        };
        students = NewStudent.generated(rows, 0);
    }

    @Setup(Level.Invocation)
    public void backToTheTutorialsStudents() {
        ChapterDatabase.reset(db);
    }

    @Benchmark
    public TutorialTransaction.Outcome insertEachRowAlone() {
        return transaction.run(List.of(), students);
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }
}
