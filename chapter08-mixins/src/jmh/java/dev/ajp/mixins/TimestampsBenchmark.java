package dev.ajp.mixins;

import dev.ajp.kit.Bench;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.InsertRun;
import java.time.Clock;
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
 * The cost of asking the database for the time: inserting {@code rows} timestamped students in one transaction, with
 * the timestamps from the JVM's clock (sent with the rows), or from the database's clock and then read back (from the
 * INSERT itself, by Hibernate or the driver; or by a SELECT after it, EclipseLink's refresh). EclipseLink's RETURNING,
 * PostgreSQL only, is in {@link PostgresTimestampsBenchmark}.
 *
 * <p>What to expect: on the JVM's clock every framework sends one JDBC batch per 50 rows. Reading values back costs
 * Hibernate its batching: {@code @CurrentTimestamp} and {@code @Generated} send one INSERT per row. EclipseLink's
 * refresh keeps the batch and adds one SELECT per 50 rows; Jdbi keeps the batch and gets the values from the driver.
 * Each invocation starts from an empty table ({@code @Setup(Level.Invocation)}, cheap next to an insert of 100 rows).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
public class TimestampsBenchmark {

    @Param({
        "HIBERNATE_CALLBACKS",
        "ECLIPSELINK_CALLBACKS",
        "HIBERNATE_CREATION_TIMESTAMP",
        "JDBI_SQL_OBJECT_MIXIN",
        "HIBERNATE_CURRENT_TIMESTAMP",
        "HIBERNATE_GENERATED",
        "ECLIPSELINK_REFRESH",
        "JDBI_GENERATED_KEYS"
    })
    public Approach approach;

    @Param({"100", "1000"})
    public int rows;

    private InsertRun<List<Stamp>> run;

    @Setup(Level.Trial)
    public void open() {
        Bench.label(approach, approach.label());
        run = openRun(approach, rows);
    }

    /**
     * One approach ready to be measured, for this benchmark and {@link PostgresTimestampsBenchmark}: a fresh database
     * with the chapter's schema, opened unrecorded; the approach on it with its framework started, on PostgreSQL with
     * the driver's {@link Approach#REWRITE_BATCHED_INSERTS} (its best setup for batched INSERTs); the students to
     * insert, built once. An insert that leaves a student unstamped is an error.
     */
    static InsertRun<List<Stamp>> openRun(Approach approach, int rows) {
        var students = NewStudent.generated(rows);
        return InsertRun.open(
                approach,
                ChapterDatabase.setup().unrecorded(),
                List.of(approach.studentTable()),
                db -> {
                    var driverProperties = db.settings().kind() == DatabaseSettings.Kind.POSTGRES
                            ? Approach.REWRITE_BATCHED_INSERTS
                            : Map.<String, String>of();
                    var timestamped = approach.on(db, driverProperties, Clock.systemUTC());
                    return () -> {
                        var stamps = timestamped.insertStudents(students);
                        if (!stamps.isEmpty() && stamps.get(stamps.size() - 1).updatedAt() == null) {
                            throw new IllegalStateException(approach + " did not stamp the last student");
                        }
                        return stamps;
                    };
                },
                List::size,
                rows);
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
