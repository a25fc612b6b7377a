package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.Recording;
import dev.ajp.kit.StatementKind;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query in every form, on the tutorial's data and on generated data: the rows are exactly the ones derived
 * from the data set, in the same order, and each query is exactly one SELECT.
 */
class QueryFormsTest {

    private record Opened(Database db, Frameworks frameworks) {}

    /** One database per data set, opened on first use and shared by the tests, which only read. */
    private static final Map<DataCase, Opened> OPENED = new LinkedHashMap<>();

    static Stream<Arguments> formsOnEachDataSet() {
        return DataCase.all().stream()
                .flatMap(data -> Approach.queryForms().stream().map(form -> Arguments.of(form, data)));
    }

    @AfterAll
    static void closeDatabases() {
        OPENED.values().forEach(opened -> opened.db().close());
        OPENED.clear();
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("formsOnEachDataSet")
    void filterReturnsTheStudentsOlderThan21WithGradeAInOneSelect(Approach form, DataCase data) {
        var recording = record(form, data, q -> q.olderThanWithGrade(21, "A"));

        assertThat(recording.result()).isEqualTo(ExpectedResults.olderThanWithGrade(data.data(), 21, "A"));
        assertOneSelect(form, recording);
        if (data == DataCase.CANONICAL) {
            assertThat(recording.result()).extracting(StudentRow::name).containsExactly("Alice", "Carol", "Eve");
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("formsOnEachDataSet")
    void joinReturnsEveryStudentCoursePairInOneSelect(Approach form, DataCase data) {
        var recording = record(form, data, StudentQueries::studentCoursePairs);

        assertThat(recording.result()).isEqualTo(ExpectedResults.studentCoursePairs(data.data()));
        assertOneSelect(form, recording);
        // An inner join through the join table (EclipseLink writes it as "from a, b, c where ...", no JOIN keyword).
        assertThat(sql(recording)).containsIgnoringCase("student_courses").doesNotContainPattern("(?i)left|outer");
        var withoutCourses = ExpectedResults.studentsWithoutCourses(data.data()).stream()
                .map(s -> s.name())
                .toList();
        assertThat(recording.result()).noneMatch(row -> withoutCourses.contains(row.studentName()));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("formsOnEachDataSet")
    void countPerCourseIsOneSelectWithGroupBy(Approach form, DataCase data) {
        var recording = record(form, data, StudentQueries::studentsPerCourse);

        assertThat(recording.result()).isEqualTo(ExpectedResults.studentsPerCourse(data.data()));
        assertOneSelect(form, recording);
        assertThat(sql(recording)).containsIgnoringCase("count(").containsIgnoringCase("group by");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("formsOnEachDataSet")
    void leftJoinKeepsACourseNobodyTakesWithZeroStudents(Approach form, DataCase data) {
        var recording = record(form, data, StudentQueries::studentsPerCourseIncludingEmpty);

        assertThat(recording.result()).isEqualTo(ExpectedResults.studentsPerCourseIncludingEmpty(data.data()));
        assertOneSelect(form, recording);
        assertThat(sql(recording)).containsPattern("(?i)left (outer )?join");
        if (data == DataCase.CANONICAL) {
            assertThat(recording.result()).last().isEqualTo(new CourseCount("Art", 0));
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("formsOnEachDataSet")
    void leftJoinKeepsAStudentWithoutCoursesWithZeroCourses(Approach form, DataCase data) {
        var recording = record(form, data, StudentQueries::coursesPerStudent);

        assertThat(recording.result()).isEqualTo(ExpectedResults.coursesPerStudent(data.data()));
        assertOneSelect(form, recording);
        assertThat(sql(recording)).containsPattern("(?i)left (outer )?join");
        if (data == DataCase.CANONICAL) {
            assertThat(recording.result()).contains(new StudentCount("Dave", 0));
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("formsOnEachDataSet")
    void havingKeepsOnlyTheCoursesWithEnoughStudents(Approach form, DataCase data) {
        var expected = ExpectedResults.popularCourses(data.data(), data.havingMin());
        assertThat(expected) // the threshold must drop some courses and keep others
                .isNotEmpty()
                .hasSizeLessThan(ExpectedResults.studentsPerCourse(data.data()).size());

        var recording = record(form, data, q -> q.popularCourses(data.havingMin()));

        assertThat(recording.result()).isEqualTo(expected);
        assertOneSelect(form, recording);
        assertThat(sql(recording)).containsIgnoringCase("having");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("formsOnEachDataSet")
    void orderingByTheCountPutsTheMostPopularCoursesFirst(Approach form, DataCase data) {
        var expected = ExpectedResults.popularCourses(data.data(), 1);
        assertThat(expected) // ordering by count must differ from ordering by id, or this proves nothing
                .isNotEqualTo(ExpectedResults.studentsPerCourse(data.data()));

        var recording = record(form, data, q -> q.popularCourses(1));

        assertThat(recording.result()).isEqualTo(expected);
        assertOneSelect(form, recording);
        assertThat(sql(recording)).containsPattern("(?i)order by .*desc");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("formsOnEachDataSet")
    void pagesFollowTheStableOrderAndTogetherAreTheWholeJoinOneSelectEach(Approach form, DataCase data) {
        var expected = ExpectedResults.studentCoursePairs(data.data());
        var queries = form.on(open(data).frameworks());
        var recorder = open(data).db().recorder();
        var pages = new ArrayList<List<StudentCoursePair>>();
        List<StudentCoursePair> page;
        do {
            var offset = pages.size() * data.pageSize();
            var recording = recorder.record(() -> queries.studentCoursePairsPage(offset, data.pageSize()));
            assertOneSelect(form, recording);
            assertThat(sql(recording)).containsIgnoringCase("offset"); // the database pages, not the framework
            page = recording.result();
            pages.add(page);
        } while (page.size() == data.pageSize());

        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(expected);
        assertThat(pages).hasSize(expected.size() / data.pageSize() + 1);
        assertThat(pages.get(1))
                .isEqualTo(expected.subList(data.pageSize(), Math.min(expected.size(), 2 * data.pageSize())));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("formsOnEachDataSet")
    void aHostileGradeIsBoundAsAValueAndMatchesNothing(Approach form, DataCase data) {
        var hostile = QueryingMain.HOSTILE_GRADE;

        var recording = record(form, data, q -> q.olderThanWithGrade(21, hostile));

        assertThat(recording.result()).isEmpty();
        assertOneSelect(form, recording);
        assertThat(sql(recording)).contains("?").doesNotContain("'1'='1").doesNotContain("or '1");
    }

    /** What the bound parameter prevents: the same value written into the SQL text rewrites the query. */
    @Test
    void theSameGradeConcatenatedIntoTheSqlWouldReturnEveryStudent() {
        var data = DataCase.CANONICAL;
        var jdbi = open(data).frameworks().jdbi();

        // Never do this: it is here only to show what the forms above are protected from.
        var unsafe = "select name, age, grade from students where age > 21 and grade = '" + QueryingMain.HOSTILE_GRADE
                + "' order by id";
        var rows = jdbi.withHandle(handle -> handle.createQuery(unsafe)
                .map(ConstructorMapper.of(StudentRow.class))
                .list());

        // "age > 21 and grade = 'A' or '1'='1'": the OR makes the condition true for every row.
        assertThat(rows).hasSize(data.data().students().size());
    }

    private static <T> Recording<T> record(Approach form, DataCase data, Function<StudentQueries, T> query) {
        var opened = open(data);
        var queries = form.on(opened.frameworks());
        return opened.db().recorder().record(() -> query.apply(queries));
    }

    private static Opened open(DataCase data) {
        return OPENED.computeIfAbsent(data, d -> {
            var db = d.open();
            return new Opened(db, db.frameworks(Student.class, Course.class));
        });
    }

    /** Exactly the entries {@link #sentForOneQuery} names: the statements and the connection events, in order. */
    private static void assertOneSelect(Approach form, Recording<?> recording) {
        assertThat(recording.outline()).as(recording.describe()).isEqualTo(sentForOneQuery(form));
        assertThat(recording.count(StatementKind.SELECT)).isEqualTo(1);
    }

    /**
     * What each form sends for any one query of this chapter. Exhaustive: a new form does not compile until its
     * entries are written here. No connection event: the JPA forms read without a transaction, and a Jdbi handle
     * leaves the connection in auto-commit.
     */
    private static List<String> sentForOneQuery(Approach form) {
        return switch (form) {
            case HIBERNATE_JPQL,
                    ECLIPSELINK_JPQL,
                    HIBERNATE_CRITERIA,
                    ECLIPSELINK_CRITERIA,
                    HIBERNATE_NATIVE,
                    ECLIPSELINK_NATIVE,
                    JDBI_FLUENT,
                    JDBI_SQL_OBJECT -> List.of("select");
            // Whole entities answer only the join: EntityLoadingTest counts what they send.
            case HIBERNATE_JOIN_FETCH, ECLIPSELINK_JOIN_FETCH, HIBERNATE_LAZY, ECLIPSELINK_LAZY ->
                throw new IllegalArgumentException(form + " does not write the chapter's queries");
        };
    }

    private static String sql(Recording<?> recording) {
        return recording.statements().get(0).sql();
    }
}
