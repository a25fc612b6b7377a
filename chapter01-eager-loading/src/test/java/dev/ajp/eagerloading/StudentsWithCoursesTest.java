package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.StatementKind;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.SampleData.Dataset;
import dev.ajp.model.Student;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every approach, on the tutorial's data and on generated data of another size: the same, right answer, and exactly
 * the statements its formula says, with nothing else sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentsWithCoursesTest {

    /** The data sets every approach runs on, by name. 23 students = two batches of 10 and a remainder of 3. */
    private static final Map<String, Dataset> DATA_SETS = new LinkedHashMap<>();

    static {
        DATA_SETS.put("the tutorial's 5 students", SampleData.canonical());
        DATA_SETS.put("23 generated students with 3 courses each", SampleData.generated(23, 3));
    }

    /** The batch size both batch-fetching approaches use. */
    private static final int BATCH = HibernateBatchFetch.BATCH_SIZE;

    /**
     * The claim of the chapter, one formula per approach, for N students.
     *
     * <p>For N = 0 the two-statement approaches send 1 (no list is ever touched); the data sets here are not empty.
     */
    static int expectedStatements(Approach approach, int n) {
        return switch (approach) {
            // the N+1 problem: one for the students, one per student
            case HIBERNATE_LAZY, ECLIPSELINK_LAZY, JDBI_QUERY_PER_STUDENT, ECLIPSELINK_ENTITY_GRAPH -> 1 + n;
            // one join
            case HIBERNATE_LEFT_JOIN_FETCH,
                    ECLIPSELINK_LEFT_JOIN_FETCH,
                    HIBERNATE_ENTITY_GRAPH,
                    ECLIPSELINK_LEFT_JOIN_FETCH_HINT,
                    JDBI_REDUCE_ROWS,
                    JDBI_USE_ROW_REDUCER,
                    HIBERNATE_LEFT_JOIN_FETCH_READ_ONLY,
                    ECLIPSELINK_LEFT_JOIN_FETCH_READ_ONLY,
                    HIBERNATE_DTO_PROJECTION,
                    ECLIPSELINK_DTO_PROJECTION -> 1;
            // one for the students, one per batch of BATCH students
            case HIBERNATE_BATCH_FETCH, ECLIPSELINK_BATCH_IN -> 1 + (n + BATCH - 1) / BATCH;
            // one for the students, one for all their courses
            case HIBERNATE_SUBSELECT_FETCH, ECLIPSELINK_BATCH_JOIN, ECLIPSELINK_BATCH_EXISTS -> 2;
        };
    }

    /**
     * The connections each approach takes from the pool for N students. A Jdbi handle holds one connection for all
     * its statements. An EntityManager outside a transaction, on either provider, takes a connection for each
     * statement and gives it back right after: 1 + N statements are also 1 + N trips to the pool.
     */
    static int expectedConnections(Approach approach, int n) {
        return switch (approach) {
            case JDBI_QUERY_PER_STUDENT, JDBI_REDUCE_ROWS, JDBI_USE_ROW_REDUCER -> 1;
            case HIBERNATE_LAZY,
                    ECLIPSELINK_LAZY,
                    HIBERNATE_LEFT_JOIN_FETCH,
                    ECLIPSELINK_LEFT_JOIN_FETCH,
                    HIBERNATE_ENTITY_GRAPH,
                    ECLIPSELINK_ENTITY_GRAPH,
                    ECLIPSELINK_LEFT_JOIN_FETCH_HINT,
                    HIBERNATE_BATCH_FETCH,
                    HIBERNATE_SUBSELECT_FETCH,
                    ECLIPSELINK_BATCH_JOIN,
                    ECLIPSELINK_BATCH_EXISTS,
                    ECLIPSELINK_BATCH_IN,
                    HIBERNATE_LEFT_JOIN_FETCH_READ_ONLY,
                    ECLIPSELINK_LEFT_JOIN_FETCH_READ_ONLY,
                    HIBERNATE_DTO_PROJECTION,
                    ECLIPSELINK_DTO_PROJECTION -> expectedStatements(approach, n);
        };
    }

    /** The right answer, from the data set alone: every student in id order, each with their courses in order. */
    static List<StudentCourses> expected(Dataset data) {
        return data.students().stream()
                .map(s -> new StudentCourses(s.name(), s.courses()))
                .toList();
    }

    private final Map<String, Database> databases = new LinkedHashMap<>();

    private Database database(String dataSet) {
        return databases.computeIfAbsent(
                dataSet,
                name -> ChapterDatabase.setup().data(DATA_SETS.get(name)).open());
    }

    private StudentsWithCourses approachOn(Approach approach, String dataSet) {
        // Starts the factory the approach needs, outside any recording.
        return approach.on(database(dataSet).frameworks(Student.class, Course.class));
    }

    @AfterAll
    void closeDatabases() {
        databases.values().forEach(Database::close);
    }

    static Stream<Arguments> approachesOnEachDataSet() {
        var arguments = new ArrayList<Arguments>();
        for (var dataSet : DATA_SETS.keySet()) {
            for (var approach : Approach.values()) {
                arguments.add(Arguments.of(approach, dataSet));
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("approachesOnEachDataSet")
    void returnsEveryStudentWithTheirCoursesInIdOrder(Approach approach, String dataSet) {
        var result = approachOn(approach, dataSet).load();

        assertThat(result).isEqualTo(expected(DATA_SETS.get(dataSet)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Approach.class)
    void keepsDaveWhoTakesNoCourse(Approach approach) {
        var dataSet = "the tutorial's 5 students";
        var withoutCourses = DATA_SETS.get(dataSet).students().stream()
                .filter(s -> s.courses().isEmpty())
                .map(s -> new StudentCourses(s.name(), List.of()))
                .toList();

        var result = approachOn(approach, dataSet).load();

        assertThat(withoutCourses).extracting(StudentCourses::name).containsExactly("Dave");
        assertThat(result).containsAll(withoutCourses);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("approachesOnEachDataSet")
    void sendsExactlyTheStatementsOfItsFormula(Approach approach, String dataSet) {
        var n = DATA_SETS.get(dataSet).students().size();
        var query = approachOn(approach, dataSet);

        var recording = database(dataSet).recorder().record(query::load);

        var expected = expectedStatements(approach, n);
        assertThat(recording.count()).as(recording.describe()).isEqualTo(expected);
        assertThat(recording.count(StatementKind.SELECT)).isEqualTo(expected);
        // Only reads, in auto-commit mode: no connection event (commit, rollback, setAutoCommit...), nothing failed.
        assertThat(recording.outline()).isEqualTo(Collections.nCopies(expected, "select"));
        assertThat(recording.result()).hasSize(n);
        assertThat(database(dataSet).recorder().connectionsAcquired()).isEqualTo(expectedConnections(approach, n));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Approach.class)
    void sendsTheSameStatementsEveryTimeItRuns(Approach approach) {
        var dataSet = "the tutorial's 5 students";
        var query = approachOn(approach, dataSet);
        var recorder = database(dataSet).recorder();

        var first = recorder.record(query::load);
        var second = recorder.record(query::load);

        // Nothing is cached between two calls: the kit turns EclipseLink's shared cache off (see the README).
        assertThat(second.entries()).isEqualTo(first.entries());
        assertThat(second.result()).isEqualTo(first.result());
    }
}
