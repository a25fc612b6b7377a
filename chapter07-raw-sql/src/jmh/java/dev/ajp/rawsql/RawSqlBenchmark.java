package dev.ajp.rawsql;

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
 * The tutorial's query, {@code age > 20}, over {@code students} generated students (ages 18 to 27, so 7 in 10 rows
 * come back), in every approach: the time from the call to the list of {@link StudentRow}s.
 *
 * <p>Every approach sends the same one SELECT and reads the same rows; what differs is the work around it. JDBC reads
 * each column with the getter of its type, and that is the floor. Jdbi adds its statement and mapper machinery; the
 * JPA projections add the provider's query handling and an {@code Object[]}, Tuple or Map per row; the entities add
 * an entity per row and its place in the persistence context. Each framework is in its best setup for a read: the
 * entities are loaded read-only ({@code org.hibernate.readOnly}: no snapshot for dirty checking;
 * {@code eclipselink.read-only}: not registered in the persistence context), and EclipseLink's shared cache is off (the
 * kit's setting), so no approach answers from memory what another reads from the database.
 *
 * <p>Each call opens a new EntityManager (or Jdbi handle, or JDBC connection from the pool), as a request would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
public class RawSqlBenchmark {

    /** The tutorial's parameter. */
    static final int AGE = 20;

    @Param
    public Approach approach;

    @Param("10000")
    public int students;

    private Database db;
    private StudentsOlderThan query;

    @Setup(Level.Trial)
    public void loadTheStudentsAndStartTheFramework() {
        Bench.label(approach, approach.label());
        var data = SampleData.generated(students, 0);
        // H2 would hand out the query's last result again (the same parameters, unchanged tables): switched off, the
        // query is read every time, as a server reads it. It has no subquery (see withoutResultReuse's Javadoc).
        db = ChapterDatabase.setup()
                .unrecorded()
                .withoutResultReuse()
                .data(data)
                .open();
        query = approach.on(db.frameworks(Student.class, Course.class));
        var expected = data.students().stream().filter(s -> s.age() > AGE).count();
        if (query.olderThan(AGE).size() != expected) {
            throw new IllegalStateException(
                    approach + " did not return the " + expected + " students older than " + AGE);
        }
    }

    @Benchmark
    public List<StudentRow> olderThan20() {
        return query.olderThan(AGE);
    }

    @TearDown(Level.Trial)
    public void closeTheDatabase() {
        db.close();
    }
}
