package dev.ajp.compositekeys;

import static dev.ajp.compositekeys.EnrollmentData.CANONICAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ajp.compositekeys.EnrollmentException.Reason;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Logging;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Enrollments the database refuses: each one is reported by its pair, and the transaction it was part of leaves
 * nothing behind, on H2 (which carries on after an error) and on PostgreSQL (which aborts the transaction).
 */
class BadInputTest {

    private static final LocalDate SEPT_10 = LocalDate.parse("2024-09-10");

    private Database db;

    @BeforeAll
    static void quiet() {
        // Both providers log each refused statement as a warning; here the exception is the subject.
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
    }

    @BeforeEach
    void open() {
        db = EnrollmentData.canonical();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void enrollingAStudentTwiceNamesThePairAndWritesNothingOfTheTransaction(Approach approach) {
        var enrollments = approach.on(db);
        db.recorder().clear(); // a refused call throws: what it sent is read from the recorder afterwards

        // Chemistry is new for Alice and is inserted first; Mathematics she takes already.
        var refused =
                catchThrowableOfType(EnrollmentException.class, () -> enrollments.enroll(1, List.of(3L, 1L), SEPT_10));

        assertThat(refused.key()).isEqualTo(new EnrollmentKey(1, 1));
        assertThat(refused.reason()).isEqualTo(Reason.ALREADY_ENROLLED);
        assertThat(refused)
                .hasMessage("Cannot enroll student 1 in course 1: the student is enrolled in it already."
                        + " Nothing of this enrollment was written.");
        var recording = db.recorder().recording();
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (approach) {
                            case HIBERNATE_EMBEDDED_ID, HIBERNATE_ID_CLASS, JDBI_NESTED_KEY ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "insert",
                                        "insert failed",
                                        "rollback",
                                        "setAutoCommit(true)");
                            // EclipseLink checks the connection after an error with SELECT 1, which PostgreSQL
                            // refuses too: the error has aborted its transaction.
                            case ECLIPSELINK_EMBEDDED_ID, ECLIPSELINK_ID_CLASS ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "insert",
                                        "insert failed",
                                        postgres() ? "select failed" : "select",
                                        "rollback",
                                        "setAutoCommit(true)");
                        });
        // Alice in Chemistry was inserted, then rolled back with the rest.
        assertThat(EnrollmentData.rows(db)).containsExactlyElementsOf(CANONICAL);
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void aCourseListedTwiceIsRefusedByTheDatabaseOrByHibernateBeforeAnySql(Approach approach) {
        var enrollments = approach.on(db);
        db.recorder().clear(); // a refused call throws: what it sent is read from the recorder afterwards

        var refused =
                catchThrowableOfType(EnrollmentException.class, () -> enrollments.enroll(4, List.of(2L, 2L), SEPT_10));

        assertThat(refused.key()).isEqualTo(new EnrollmentKey(4, 2));
        assertThat(refused.reason()).isEqualTo(Reason.ALREADY_ENROLLED);
        var recording = db.recorder().recording();
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (approach) {
                            // Hibernate finds the second (4, 2) in its persistence context: persist() throws
                            // EntityExistsException, and no second INSERT is sent.
                            case HIBERNATE_EMBEDDED_ID, HIBERNATE_ID_CLASS ->
                                List.of("setAutoCommit(false)", "insert", "rollback", "setAutoCommit(true)");
                            // EclipseLink does not look: the database refuses the second INSERT.
                            case ECLIPSELINK_EMBEDDED_ID, ECLIPSELINK_ID_CLASS ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "insert",
                                        "insert failed",
                                        postgres() ? "select failed" : "select",
                                        "rollback",
                                        "setAutoCommit(true)");
                            case JDBI_NESTED_KEY ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "insert",
                                        "insert failed",
                                        "rollback",
                                        "setAutoCommit(true)");
                        });
        assertThat(EnrollmentData.rows(db)).containsExactlyElementsOf(CANONICAL);
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void enrollingAnUnknownStudentOrInAnUnknownCourseIsAForeignKeyViolationNamedByItsPair(Approach approach) {
        var enrollments = approach.on(db);
        db.recorder().clear(); // a refused call throws: what it sent is read from the recorder afterwards

        var noStudent =
                catchThrowableOfType(EnrollmentException.class, () -> enrollments.enroll(99, List.of(1L), SEPT_10));
        // Dave in Physics would be fine; course 99 does not exist.
        var noCourse =
                catchThrowableOfType(EnrollmentException.class, () -> enrollments.enroll(4, List.of(2L, 99L), SEPT_10));

        assertThat(noStudent.reason()).isEqualTo(Reason.NO_SUCH_STUDENT);
        assertThat(noStudent)
                .hasMessage("Cannot enroll student 99 in course 1: there is no student 99."
                        + " Nothing of this enrollment was written.");
        assertThat(noCourse.reason()).isEqualTo(Reason.NO_SUCH_COURSE);
        assertThat(noCourse.key()).isEqualTo(new EnrollmentKey(4, 99));
        assertThat(noCourse)
                .hasMessage("Cannot enroll student 4 in course 99: there is no course 99."
                        + " Nothing of this enrollment was written.");
        assertThat(EnrollmentData.rows(db)).containsExactlyElementsOf(CANONICAL);
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void enrollingIfAbsentForgivesOnlyTheKeysConflictNotAnUnknownStudent(Approach approach) {
        var enrollments = approach.on(db);
        db.recorder().clear(); // a refused call throws: what it sent is read from the recorder afterwards

        var refused = catchThrowableOfType(
                EnrollmentException.class, () -> enrollments.enrollIfAbsent(new EnrollmentKey(99, 1), SEPT_10));

        assertThat(refused.reason()).isEqualTo(Reason.NO_SUCH_STUDENT);
        assertThat(refused.key()).isEqualTo(new EnrollmentKey(99, 1));
        // The one statement, refused (after it, EclipseLink's SELECT 1 fails on PostgreSQL too).
        assertThat(db.recorder().recording().failedStatements())
                .first()
                .satisfies(s -> assertThat(s.sql())
                        .isEqualTo(IdempotentEnrollment.sql(db.settings().kind())));
        assertThat(EnrollmentData.rows(db)).containsExactlyElementsOf(CANONICAL);
    }

    private boolean postgres() {
        return db.settings().kind() == DatabaseSettings.Kind.POSTGRES;
    }
}
