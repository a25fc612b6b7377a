package dev.ajp.querying;

import dev.ajp.kit.Bench;
import dev.ajp.kit.Database;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
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
 * The tutorial's join (every student name with every course name, {@code students x 3} rows) written every way, and
 * answered by loading whole entities instead of a DTO projection.
 *
 * <p>Every DTO form sends one SELECT of two columns, so what separates them is the work around it: turning the query
 * into SQL (or finding it already translated), reading the rows and building one record per row. Jdbi has the least
 * to do: the SQL as written, a lambda or a constructor mapper per row. The entity forms read every column of both
 * tables and build and register a managed entity per student and per course before the pairs are made; "lazy" also
 * sends one SELECT per student for its courses (1 + N statements), so it grows with the number of round trips.
 *
 * <p>Each call opens a new EntityManager (or borrows a Jdbi handle), as a request would; EclipseLink's shared cache
 * is off (the kit's default), so no form answers from memory what another had to read.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@State(Scope.Benchmark)
public class QueryingBenchmark {

    @Param("10000")
    public int students;

    /**
     * What is measured: each of the eight query forms, then whole entities on each provider, lazily or fetched. No
     * values listed, so JMH runs every constant of {@link Approach}.
     */
    @Param
    public Approach approach;

    private Database db;
    private Supplier<List<StudentCoursePair>> join;

    @Setup(Level.Trial)
    public void setUp() {
        Bench.label(approach, approach.label());
        db = ChapterDatabase.setup()
                .unrecorded()
                // H2 would hand out the join's last result again (same parameters, unchanged tables); no form of the
                // join has a subquery (see withoutResultReuse), so switching it off measures the join as it runs.
                .withoutResultReuse()
                .data(SampleData.generated(students, 3))
                .open();
        join = approach.join(db.frameworks(Student.class, Course.class));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
    }

    @Benchmark
    public List<StudentCoursePair> join() {
        return join.get();
    }
}
