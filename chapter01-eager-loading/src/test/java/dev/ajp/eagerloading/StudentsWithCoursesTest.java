package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.SqlRecorder.Kind;
import dev.ajp.model.SampleData;
import dev.ajp.model.SampleData.Dataset;
import java.util.ArrayList;
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
 * the number of statements its formula says.
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
                    JDBI_USE_ROW_REDUCER -> 1;
            // one for the students, one per batch of BATCH students
            case HIBERNATE_BATCH_FETCH, ECLIPSELINK_BATCH_IN -> 1 + (n + BATCH - 1) / BATCH;
            // one for the students, one for all their courses
            case HIBERNATE_SUBSELECT_FETCH, ECLIPSELINK_BATCH_JOIN, ECLIPSELINK_BATCH_EXISTS -> 2;
        };
    }

    private final Map<String, LoadedDatabase> databases = new LinkedHashMap<>();

    private LoadedDatabase database(String dataSet) {
        return databases.computeIfAbsent(dataSet, name -> LoadedDatabase.with(DATA_SETS.get(name)));
    }

    @AfterAll
    void closeDatabases() {
        databases.values().forEach(LoadedDatabase::close);
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
        var loaded = database(dataSet);

        var result = approach.on(loaded.frameworks).load();

        assertThat(result).isEqualTo(loaded.expected());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Approach.class)
    void keepsDaveWhoTakesNoCourse(Approach approach) {
        var loaded = database("the tutorial's 5 students");
        var withoutCourses = loaded.data.students().stream()
                .filter(s -> s.courses().isEmpty())
                .map(s -> new StudentCourses(s.name(), List.of()))
                .toList();

        var result = approach.on(loaded.frameworks).load();

        assertThat(withoutCourses).extracting(StudentCourses::name).containsExactly("Dave");
        assertThat(result).containsAll(withoutCourses);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("approachesOnEachDataSet")
    void sendsExactlyTheStatementsOfItsFormula(Approach approach, String dataSet) {
        var loaded = database(dataSet);
        var query = approach.on(loaded.frameworks); // starts its framework, outside the recording

        var recording = loaded.recorder().record(query::load);

        var expected = expectedStatements(approach, loaded.students());
        assertThat(recording.count()).as(recording.describe()).isEqualTo(expected);
        assertThat(recording.count(Kind.SELECT)).isEqualTo(expected);
        assertThat(recording.result()).hasSize(loaded.students());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Approach.class)
    void sendsTheSameStatementsEveryTimeItRuns(Approach approach) {
        var loaded = database("the tutorial's 5 students");
        var query = approach.on(loaded.frameworks);

        var first = loaded.recorder().record(query::load);
        var second = loaded.recorder().record(query::load);

        // Nothing is cached between two calls: the kit turns EclipseLink's shared cache off (see the README).
        assertThat(second.statements()).isEqualTo(first.statements());
        assertThat(second.result()).isEqualTo(first.result());
    }
}
