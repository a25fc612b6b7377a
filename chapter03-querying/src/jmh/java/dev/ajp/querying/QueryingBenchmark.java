package dev.ajp.querying;

import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.SampleData;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class QueryingBenchmark {

    @Param({"100", "10000"})
    int students;

    @Param({
        "Hibernate JPQL",
        "EclipseLink JPQL",
        "Hibernate Criteria",
        "EclipseLink Criteria",
        "Hibernate native SQL",
        "EclipseLink native SQL",
        "Jdbi fluent",
        "Jdbi SqlObject",
        "Hibernate entities (join fetch)",
        "EclipseLink entities (join fetch)",
        "Hibernate entities (lazy)",
        "EclipseLink entities (lazy)"
    })
    String approach;

    private Database db;
    private Supplier<List<Enrollment>> query;

    @Setup
    public void setUp() {
        db = Database.openUnrecorded();
        db.runScript(SampleData.SCHEMA);
        SampleData.insert(db.dataSource(), SampleData.generated(students, 3));
        query = joinAs(approach, Frameworks.on(db));
    }

    @TearDown
    public void tearDown() {
        db.close();
    }

    @Benchmark
    public List<Enrollment> join() {
        return query.get();
    }

    /** The join as the named approach runs it. */
    static Supplier<List<Enrollment>> joinAs(String approach, Frameworks frameworks) {
        for (var provider : JpaProvider.values()) {
            var entities = new EntityEnrollments(frameworks.jpa(provider));
            if (approach.equals(provider + " entities (join fetch)")) {
                return entities::byJoinFetch;
            }
            if (approach.equals(provider + " entities (lazy)")) {
                return entities::byLazyNavigation;
            }
        }
        return QueryForm.named(approach).on(frameworks)::enrollments;
    }
}
