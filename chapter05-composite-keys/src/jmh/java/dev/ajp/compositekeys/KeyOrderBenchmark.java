package dev.ajp.compositekeys;

import dev.ajp.kit.Bench;
import dev.ajp.kit.Database;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
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
 * The price of the key's column order: the enrollments of one student and the students of one course, looked up in
 * each {@link KeyLayout}, with 1,000 and 10,000 students of ten courses each (10,000 and 100,000 enrollments, 500
 * courses of 20 or 200 students).
 *
 * <p>A lookup by the key's leading column, or by a column with an index of its own, reads a few index pages whatever
 * the table's size; a lookup by the key's second column without an index reads the whole table, so its time grows
 * with the table. Both lookups are the one SELECT on {@code enrollments} that every approach of the chapter sends for
 * them, through Jdbi, the thinnest of the three: the database's work is what differs, and the frameworks would only
 * add the same constant to every layout. ({@code @EmbeddedId} and {@code @IdClass} are not compared here: they send
 * the same SQL, which {@code SameSqlTest} proves.)
 *
 * <p>Each call looks up the next student or course, so the lookups walk the whole table rather than one hot page.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@State(Scope.Benchmark)
public class KeyOrderBenchmark {

    static final String ENROLLMENTS_OF_STUDENT =
            "select student_id, course_id, enrollment_date from enrollments where student_id = :id";
    static final String STUDENTS_OF_COURSE =
            "select student_id, course_id, enrollment_date from enrollments where course_id = :id";

    /** The key's column order and the second index. */
    @Param
    public KeyLayout approach;

    /** Students, each in ten of the 500 courses. */
    @Param({"1000", "10000"})
    public int students;

    private final RowMapper<EnrollmentRow> rows = ConstructorMapper.of(EnrollmentRow.class);
    private Database db;
    private Jdbi jdbi;
    private long student;
    private long course;

    @Setup(Level.Trial)
    public void load() {
        Bench.label(approach, approach.label());
        db = Database.setup()
                .unrecorded()
                .data(EnrollmentData.students(students))
                .open();
        jdbi = db.frameworks().jdbi();
        load(db, approach, students);
        if (lookUp(ENROLLMENTS_OF_STUDENT, 1).size() != EnrollmentData.COURSES_PER_STUDENT
                || lookUp(STUDENTS_OF_COURSE, 1).size() != students / 50) {
            throw new IllegalStateException("The " + approach + " table does not hold the generated enrollments");
        }
    }

    @Benchmark
    public List<EnrollmentRow> enrollmentsOfOneStudent() {
        student = student % students + 1;
        return lookUp(ENROLLMENTS_OF_STUDENT, student);
    }

    @Benchmark
    public List<EnrollmentRow> studentsOfOneCourse() {
        course = course % EnrollmentData.COURSES + 1;
        return lookUp(STUDENTS_OF_COURSE, course);
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }

    private List<EnrollmentRow> lookUp(String sql, long id) {
        return jdbi.withHandle(
                handle -> handle.createQuery(sql).bind("id", id).map(rows).list());
    }

    /**
     * Replaces {@code enrollments} with a table of this layout holding the generated enrollments of {@code students}
     * students (who must be in the database), with fresh statistics for the planner.
     */
    static void load(Database db, KeyLayout layout, int students) {
        layout.create(db.frameworks().jdbi());
        EnrollmentData.insert(db.dataSource(), EnrollmentData.generated(students));
        var analyze = switch (db.settings().kind()) {
            case H2 -> "analyze table enrollments";
            case POSTGRES -> "analyze enrollments";
        };
        db.frameworks().jdbi().useHandle(handle -> handle.execute(analyze));
    }
}
