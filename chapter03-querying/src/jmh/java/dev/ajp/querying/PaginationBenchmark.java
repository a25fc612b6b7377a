package dev.ajp.querying;

import dev.ajp.kit.Bench;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings.Kind;
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
 * One page of 20 students, the first or the last of {@code students}, by OFFSET and by keyset ({@link Paging}), in
 * JPQL on each provider and in Jdbi's fluent API ({@link Approach}).
 *
 * <p>Every page is one SELECT of 20 rows, so the first pages cost about the same either way. The last page by OFFSET
 * makes the database read every student before it in id order and throw them away, so it costs about as much as
 * reading the whole table; by keyset the database seeks the last id of the page before in the primary key's index
 * and reads the 20 rows after it, as for the first page. The framework adds the same work to both: the query
 * translated (or found translated), 20 records built.
 *
 * <p>Each call opens a new EntityManager (or borrows a Jdbi handle), as a request would; EclipseLink's shared cache
 * is off (the kit's default), so every page is read from the database.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@State(Scope.Benchmark)
public class PaginationBenchmark {

    /** Students per page. */
    public static final int PAGE_SIZE = 20;

    /** Which page is read. */
    public enum Page {
        FIRST,
        LAST;

        /**
         * Where a reader of this page stands: after {@code rowsRead} students, the last of which has the id
         * {@code rowsRead} ({@link SampleData#insert} numbers the students 1, 2, 3... in id order, without gaps).
         */
        PagePosition position(int students) {
            var rowsRead = this == FIRST ? 0 : (students - 1) / PAGE_SIZE * PAGE_SIZE;
            return new PagePosition(rowsRead, rowsRead);
        }
    }

    @Param("10000")
    public int students;

    /**
     * The forms measured: JPQL on each provider and Jdbi's fluent API. Criteria sends the query of JPQL (only its
     * ORDER BY is spelt differently), native SQL through JPA and the SqlObject send the SQL of Jdbi's fluent form, and
     * the join benchmark already measures what each form costs around its SQL: leaving them out keeps the chapter's
     * full run at 24 combinations per database.
     */
    @Param({"HIBERNATE_JPQL", "ECLIPSELINK_JPQL", "JDBI_FLUENT"})
    public Approach approach;

    /** Both ways of paging, in each form measured. */
    @Param
    public Paging paging;

    @Param
    public Page page;

    private Database db;
    private StudentQueries queries;
    private PagePosition position;

    @Setup(Level.Trial)
    public void setUp() {
        Bench.label(approach, approach.label());
        db = ChapterDatabase.setup()
                .unrecorded()
                // H2 hands out the result of the statement's last run again when it runs with the same parameters on
                // unchanged tables: from the second call on, the last page by OFFSET would not be read at all and
                // would cost what the first does. Measure the query, as a server runs it.
                .withoutResultReuse()
                .data(SampleData.generated(students, 3))
                .open();
        if (db.settings().kind() == Kind.POSTGRES) {
            // Statistics, as a table in service has them. A freshly loaded table has none until autovacuum analyzes
            // it, at a moment of its choosing, and the plan of a deep OFFSET can change then (seen here: a sort of
            // the whole table before, a walk of the primary key's index after). Measure the plan that stays.
            db.frameworks().jdbi().useHandle(handle -> handle.execute("analyze students"));
        }
        queries = approach.on(db.frameworks(Student.class, Course.class));
        position = page.position(students);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
    }

    @Benchmark
    public List<ListedStudent> readPage() {
        return paging.page(queries, position, PAGE_SIZE);
    }
}
