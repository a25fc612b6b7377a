package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.ajp.compositekeys.EveryEnrollment.Loading;
import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.RecordedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tutorial's last listing: every enrollment with its student's and course's names, by walking the relationships
 * ({@link EveryEnrollment}). SQLAlchemy 1.4 sends 9 statements lazily (the enrollments, then the 4 students and the 4
 * courses they name, each once: the session's identity map holds the rest) and 1 with {@code joinedload} on both
 * ({@code sqlalchemy/output/*}{@code /ch05.txt}). Here the same walk on each JPA provider with each mapping, lazily and
 * with a fetch join, and Jdbi's join, on the tutorial's eight enrollments.
 */
class EveryEnrollmentTest {

    private static final LocalDate SEPT_2 = LocalDate.parse("2024-09-02");
    private static final LocalDate SEPT_3 = LocalDate.parse("2024-09-03");
    private static final LocalDate SEPT_4 = LocalDate.parse("2024-09-04");
    private static final LocalDate SEPT_6 = LocalDate.parse("2024-09-06");

    /** The eight pairs, by student and then course, as the tutorial lists them. */
    private static final List<Enrolled> EVERY_ENROLLMENT = List.of(
            new Enrolled("Alice", "Mathematics", SEPT_2),
            new Enrolled("Alice", "Physics", SEPT_2),
            new Enrolled("Bob", "Mathematics", SEPT_3),
            new Enrolled("Carol", "Physics", SEPT_4),
            new Enrolled("Carol", "Chemistry", SEPT_4),
            new Enrolled("Carol", "History", SEPT_4),
            new Enrolled("Eve", "Mathematics", SEPT_6),
            new Enrolled("Eve", "History", SEPT_6));

    private Database db;

    @BeforeEach
    void open() {
        db = EnrollmentData.canonical();
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Stream<Arguments> jpaWalks() {
        return Stream.of(Approach.values())
                .filter(approach -> approach != Approach.JDBI_NESTED_KEY)
                .flatMap(approach -> Stream.of(Loading.values()).map(loading -> arguments(approach, loading)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("jpaWalks")
    void lazilyEachStudentAndCourseIsOneSelectWhenFirstTouchedAndAFetchJoinIsOneSelect(
            Approach approach, Loading loading) {
        var recording = db.recorder().record(() -> walk(approach, loading));

        assertThat(recording.result()).containsExactlyElementsOf(EVERY_ENROLLMENT);
        var expected = new ArrayList<String>();
        switch (loading) {
            case LAZY -> {
                expected.add(
                        switch (approach) {
                            case HIBERNATE_EMBEDDED_ID, HIBERNATE_ID_CLASS, ECLIPSELINK_EMBEDDED_ID -> "enrollments";
                            // "order by e.student.id, e.course.id": EclipseLink joins both tables only to sort by
                            // their ids, and still loads each student and course on its own below.
                            case ECLIPSELINK_ID_CLASS -> "enrollments students courses";
                            case JDBI_NESTED_KEY -> throw new IllegalArgumentException("no relationships to walk");
                        });
                // Then by first touch, on both providers and both mappings alike: Alice, Mathematics, Physics, Bob
                // (Mathematics known), Carol (Physics known), Chemistry, History, Eve (Mathematics and History known).
                // 4 students and 4 courses: what a walk met before is in the persistence context, as in SQLAlchemy's
                // identity map.
                expected.addAll(List.of(
                        "students", "courses", "courses", "students", "students", "courses", "courses", "students"));
            }
            case FETCH_JOIN -> expected.add("enrollments students courses");
        }
        assertThat(recording.statements().stream().map(EveryEnrollmentTest::tables))
                .as(recording.describe())
                .containsExactlyElementsOf(expected);
        // Each a SELECT, with no transaction and nothing else.
        assertThat(recording.outline()).containsExactlyElementsOf(Collections.nCopies(expected.size(), "select"));
    }

    @Test
    void jdbiWritesTheTwoJoinsInOneSelect() {
        var recording =
                db.recorder().record(() -> EveryEnrollment.jdbi(db.frameworks().jdbi()));

        assertThat(recording.result()).containsExactlyElementsOf(EVERY_ENROLLMENT);
        assertThat(recording.outline()).as(recording.describe()).containsExactly("select");
        assertThat(tables(recording.statements().get(0))).isEqualTo("enrollments students courses");
    }

    private List<Enrolled> walk(Approach approach, Loading loading) {
        var frameworks = Approach.frameworks(db);
        return switch (approach) {
            case HIBERNATE_EMBEDDED_ID -> EveryEnrollment.embeddedId(frameworks.jpa(JpaProvider.HIBERNATE), loading);
            case ECLIPSELINK_EMBEDDED_ID ->
                EveryEnrollment.embeddedId(frameworks.jpa(JpaProvider.ECLIPSELINK), loading);
            case HIBERNATE_ID_CLASS -> EveryEnrollment.idClass(frameworks.jpa(JpaProvider.HIBERNATE), loading);
            case ECLIPSELINK_ID_CLASS -> EveryEnrollment.idClass(frameworks.jpa(JpaProvider.ECLIPSELINK), loading);
            case JDBI_NESTED_KEY -> throw new IllegalArgumentException("Jdbi has no relationships to walk");
        };
    }

    private static final List<String> TABLES = List.of("enrollments", "students", "courses");

    /** The chapter's tables a statement names, in the order enrollments, students, courses. */
    private static String tables(RecordedStatement statement) {
        var sql = statement.sql().toLowerCase();
        return String.join(
                " ",
                TABLES.stream()
                        .filter(table -> Pattern.compile("\\b" + table + "\\b")
                                .matcher(sql)
                                .find())
                        .toList());
    }
}
