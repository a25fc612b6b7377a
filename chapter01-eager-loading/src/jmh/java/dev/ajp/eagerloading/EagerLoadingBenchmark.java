package dev.ajp.eagerloading;

import dev.ajp.kit.Bench;
import dev.ajp.kit.Database;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
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
 * What the N+1 problem costs, and what each way out of it buys: the time to load every student with their course
 * names, per approach, for 100 and 1,000 students with 3 courses each.
 *
 * <p>Each invocation reads from the database: every approach opens a new EntityManager (or Jdbi handle) per call,
 * Hibernate has no second-level cache and the kit turns EclipseLink's shared cache off, and H2's reuse of the last
 * result of a statement is switched off ({@link Database.Setup#withoutResultReuse()}), so what is measured is the SQL
 * round trips and the work of turning rows into objects, not a cache. The database is in the same JVM (H2) or
 * on the loopback interface (PostgreSQL, {@code -Ppostgres}), so a round trip is as cheap as it ever gets: over a
 * real network the 1 + N approaches fall further behind.
 *
 * <p>What to expect: the 1 + N approaches grow with N in round trips; the single joins grow only with the rows they
 * read; batch fetching sits in between (1 + N/10 round trips); subselect and EclipseLink's JOIN/EXISTS batch send 2
 * statements whatever N is. The read-only loads and the DTO projection send the single join's one statement: what
 * they measure is the work the ORM does with the rows (no snapshot, or no entity at all), next to Jdbi's reducer.
 * At 100 students the differences are already visible; at 1,000 they are the lesson. (10 students are not measured:
 * their error bars were as large as the differences.)
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@State(Scope.Benchmark)
public class EagerLoadingBenchmark {

    /** Every approach of the chapter: no values listed, so JMH runs every constant of {@link Approach}. */
    @Param
    public Approach approach;

    /** N: the number of students, each with 3 courses. */
    @Param({"100", "1000"})
    public int students;

    private Database db;
    private StudentsWithCourses query;

    @Setup(Level.Trial)
    public void loadTheDataAndStartTheFramework() {
        Bench.label(approach, approach.label()); // the report shows "Hibernate/lazy", not HIBERNATE_LAZY
        db = ChapterDatabase.setup()
                .unrecorded()
                // H2 would hand out the result of a statement's last run again when it runs with the same parameters
                // on unchanged tables: the single joins would not be read from the second call on, while the 1 + N
                // approaches, whose parameters change from one student to the next, would. Every query is read.
                .withoutResultReuse()
                .data(SampleData.generated(students, 3))
                .open();
        query = approach.on(db.frameworks(Student.class, Course.class));
        var loaded = query.load();
        if (loaded.size() != students
                || loaded.stream().anyMatch(s -> s.courses().size() != 3)) {
            throw new IllegalStateException(approach + " did not load " + students + " students with 3 courses each");
        }
    }

    @Benchmark
    public List<StudentCourses> load() {
        return query.load();
    }

    @TearDown(Level.Trial)
    public void closeTheDatabase() {
        db.close();
    }
}
