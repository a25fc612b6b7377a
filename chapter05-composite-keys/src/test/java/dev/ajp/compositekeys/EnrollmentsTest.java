package dev.ajp.compositekeys;

import static dev.ajp.compositekeys.EnrollmentData.CANONICAL;
import static dev.ajp.compositekeys.EnrollmentData.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every operation of the question, in every approach, on the tutorial's data: the same result for all, and exactly the
 * statements and connection events each one sends.
 */
class EnrollmentsTest {

    private static final LocalDate SEPT_2 = LocalDate.parse("2024-09-02");
    private static final LocalDate SEPT_3 = LocalDate.parse("2024-09-03");
    private static final LocalDate SEPT_4 = LocalDate.parse("2024-09-04");
    private static final LocalDate SEPT_6 = LocalDate.parse("2024-09-06");
    private static final LocalDate SEPT_10 = LocalDate.parse("2024-09-10");

    private Database db;

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void enrollingTheTutorialsStudentsSendsOneInsertPerCourseInOneTransactionPerStudent(Approach approach) {
        db = ChapterDatabase.open();
        var enrollments = approach.on(db);

        for (var registration : Registration.canonical()) {
            var recording = db.recorder()
                    .record(() -> enrollments.enroll(
                            registration.studentId(), registration.courseIds(), registration.date()));

            var inserts = registration.courseIds().stream().map(c -> "insert");
            var expected = switch (approach) {
                // The same for all: each INSERT sent on its own (a refusal is then known by its pair).
                case HIBERNATE_EMBEDDED_ID,
                        ECLIPSELINK_EMBEDDED_ID,
                        HIBERNATE_ID_CLASS,
                        ECLIPSELINK_ID_CLASS,
                        JDBI_NESTED_KEY ->
                    concat(Stream.of("setAutoCommit(false)"), inserts, Stream.of("commit", "setAutoCommit(true)"));
            };
            assertThat(recording.outline()).as(recording.describe()).containsExactlyElementsOf(expected);
        }
        assertThat(EnrollmentData.rows(db)).containsExactlyElementsOf(CANONICAL);
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void findingByTheCompositeKeyIsOneSelect(Approach approach) {
        db = EnrollmentData.canonical();
        var enrollments = approach.on(db);

        var found = db.recorder().record(() -> enrollments.find(new EnrollmentKey(3, 3)));
        var missing = db.recorder().record(() -> enrollments.find(new EnrollmentKey(4, 1)));

        assertThat(found.result()).contains(row(3, 3, "2024-09-04"));
        assertThat(missing.result()).isEmpty();
        for (var recording : List.of(found, missing)) {
            assertThat(recording.outline())
                    .as(recording.describe())
                    .containsExactlyElementsOf(
                            switch (approach) {
                                case HIBERNATE_EMBEDDED_ID,
                                        ECLIPSELINK_EMBEDDED_ID,
                                        HIBERNATE_ID_CLASS,
                                        ECLIPSELINK_ID_CLASS,
                                        JDBI_NESTED_KEY -> List.of("select");
                            });
        }
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void aStudentsCoursesAndACoursesStudentsAreOneSelectEach(Approach approach) {
        db = EnrollmentData.canonical();
        var enrollments = approach.on(db);

        var carol = db.recorder().record(() -> enrollments.coursesOf(3));
        var mathematics = db.recorder().record(() -> enrollments.studentsOf(1));
        var art = db.recorder().record(() -> enrollments.studentsOf(5));

        assertThat(carol.result())
                .containsExactly(
                        new Enrolled("Carol", "Physics", SEPT_4),
                        new Enrolled("Carol", "Chemistry", SEPT_4),
                        new Enrolled("Carol", "History", SEPT_4));
        assertThat(mathematics.result())
                .containsExactly(
                        new Enrolled("Alice", "Mathematics", SEPT_2),
                        new Enrolled("Bob", "Mathematics", SEPT_3),
                        new Enrolled("Eve", "Mathematics", SEPT_6));
        assertThat(art.result()).isEmpty();
        for (var recording : List.of(carol, mathematics, art)) {
            assertThat(recording.outline())
                    .as(recording.describe())
                    .containsExactlyElementsOf(
                            switch (approach) {
                                case HIBERNATE_EMBEDDED_ID,
                                        ECLIPSELINK_EMBEDDED_ID,
                                        HIBERNATE_ID_CLASS,
                                        ECLIPSELINK_ID_CLASS,
                                        JDBI_NESTED_KEY -> List.of("select");
                            });
        }
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void changingADateReadsTheEntityThenUpdatesOneRowInJpaAndSendsOneUpdateInJdbi(Approach approach) {
        db = EnrollmentData.canonical();
        var enrollments = approach.on(db);

        var recording = db.recorder().record(() -> enrollments.changeDate(new EnrollmentKey(2, 1), SEPT_10));

        assertThat(recording.result()).isTrue();
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (approach) {
                            // Hibernate begins the JDBC transaction at begin(), and updates the dirty entity at commit.
                            case HIBERNATE_EMBEDDED_ID, HIBERNATE_ID_CLASS ->
                                List.of("setAutoCommit(false)", "select", "update", "commit", "setAutoCommit(true)");
                            // EclipseLink begins it at the first write. Filling the @MapsId key again at commit loads
                            // the course and the student first.
                            case ECLIPSELINK_EMBEDDED_ID ->
                                List.of(
                                        "select",
                                        "select",
                                        "select",
                                        "setAutoCommit(false)",
                                        "update",
                                        "commit",
                                        "setAutoCommit(true)");
                            case ECLIPSELINK_ID_CLASS ->
                                List.of("select", "setAutoCommit(false)", "update", "commit", "setAutoCommit(true)");
                            case JDBI_NESTED_KEY -> List.of("update");
                        });
        var expected = new ArrayList<>(CANONICAL);
        expected.set(2, row(2, 1, "2024-09-10"));
        assertThat(EnrollmentData.rows(db)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void removingOneEnrollmentDeletesOneRow(Approach approach) {
        db = EnrollmentData.canonical();
        var enrollments = approach.on(db);

        var recording = db.recorder().record(() -> enrollments.remove(new EnrollmentKey(3, 3)));

        assertThat(recording.result()).isTrue();
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (approach) {
                            case HIBERNATE_EMBEDDED_ID, HIBERNATE_ID_CLASS ->
                                List.of("setAutoCommit(false)", "select", "delete", "commit", "setAutoCommit(true)");
                            case ECLIPSELINK_EMBEDDED_ID ->
                                List.of(
                                        "select",
                                        "select",
                                        "select",
                                        "setAutoCommit(false)",
                                        "delete",
                                        "commit",
                                        "setAutoCommit(true)");
                            case ECLIPSELINK_ID_CLASS ->
                                List.of("select", "setAutoCommit(false)", "delete", "commit", "setAutoCommit(true)");
                            case JDBI_NESTED_KEY -> List.of("delete");
                        });
        assertThat(EnrollmentData.rows(db))
                .doesNotContain(row(3, 3, "2024-09-04"))
                .hasSize(CANONICAL.size() - 1);
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void changingOrRemovingAnEnrollmentThatIsNotThereWritesNothing(Approach approach) {
        db = EnrollmentData.canonical();
        var enrollments = approach.on(db);
        var dave = new EnrollmentKey(4, 1);

        var change = db.recorder().record(() -> enrollments.changeDate(dave, SEPT_10));
        var remove = db.recorder().record(() -> enrollments.remove(dave));

        assertThat(change.result()).isFalse();
        assertThat(remove.result()).isFalse();
        assertThat(change.outline())
                .containsExactlyElementsOf(
                        switch (approach) {
                            case HIBERNATE_EMBEDDED_ID, HIBERNATE_ID_CLASS ->
                                List.of("setAutoCommit(false)", "select", "commit", "setAutoCommit(true)");
                            case ECLIPSELINK_EMBEDDED_ID, ECLIPSELINK_ID_CLASS -> List.of("select");
                            case JDBI_NESTED_KEY -> List.of("update");
                        });
        assertThat(remove.outline())
                .containsExactlyElementsOf(
                        switch (approach) {
                            case HIBERNATE_EMBEDDED_ID, HIBERNATE_ID_CLASS ->
                                List.of("setAutoCommit(false)", "select", "commit", "setAutoCommit(true)");
                            case ECLIPSELINK_EMBEDDED_ID, ECLIPSELINK_ID_CLASS -> List.of("select");
                            case JDBI_NESTED_KEY -> List.of("delete");
                        });
        assertThat(EnrollmentData.rows(db)).containsExactlyElementsOf(CANONICAL);
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void enrollingIfAbsentIsOneStatementThatInsertsOnceAndThenDoesNothing(Approach approach) {
        db = EnrollmentData.canonical();
        var enrollments = approach.on(db);
        var daveInArt = new EnrollmentKey(4, 5);

        var first = db.recorder().record(() -> enrollments.enrollIfAbsent(daveInArt, SEPT_10));
        var again = db.recorder().record(() -> enrollments.enrollIfAbsent(daveInArt, SEPT_2));
        var alreadyThere = db.recorder().record(() -> enrollments.enrollIfAbsent(new EnrollmentKey(1, 1), SEPT_10));

        assertThat(first.result()).isTrue();
        assertThat(again.result()).isFalse();
        assertThat(alreadyThere.result()).isFalse();
        // MERGE on H2 is neither an INSERT nor a SELECT to the recorder; PostgreSQL's statement is an INSERT.
        var upsert = postgres() ? "insert" : "other";
        for (var recording : List.of(first, again, alreadyThere)) {
            assertThat(recording.outline())
                    .as(recording.describe())
                    .containsExactlyElementsOf(
                            switch (approach) {
                                case HIBERNATE_EMBEDDED_ID,
                                        ECLIPSELINK_EMBEDDED_ID,
                                        HIBERNATE_ID_CLASS,
                                        ECLIPSELINK_ID_CLASS ->
                                    List.of("setAutoCommit(false)", upsert, "commit", "setAutoCommit(true)");
                                case JDBI_NESTED_KEY -> List.of(upsert);
                            });
            assertThat(recording.statements().get(0).sql())
                    .isEqualTo(IdempotentEnrollment.sql(db.settings().kind()));
        }
        var expected = new ArrayList<>(CANONICAL);
        expected.add(6, row(4, 5, "2024-09-10")); // the first date stays
        assertThat(EnrollmentData.rows(db)).containsExactlyElementsOf(expected);
    }

    private boolean postgres() {
        return db.settings().kind() == DatabaseSettings.Kind.POSTGRES;
    }

    @SafeVarargs
    private static List<String> concat(Stream<String>... parts) {
        return Stream.of(parts).flatMap(s -> s).toList();
    }
}
