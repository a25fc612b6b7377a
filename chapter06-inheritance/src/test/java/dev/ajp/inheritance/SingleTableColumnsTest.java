package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Logging;
import java.util.List;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One table for every class means every subclass column is empty for the other classes. A NOT NULL on a teacher's
 * {@code subject} would reject every student; the schema's CHECKs keep the rule per type instead.
 */
class SingleTableColumnsTest {

    private static final String SET_SUBJECT_NOT_NULL = "alter table persons alter column subject set not null";

    @BeforeAll
    static void quiet() {
        // Hibernate and EclipseLink log the refused INSERT they are about to throw: the tests assert it instead.
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
    }

    private static boolean h2() {
        return DatabaseSettings.fromEnvironment().kind() == DatabaseSettings.Kind.H2;
    }

    @Test
    void aNotNullOnASubclassColumnCannotEvenBeAddedOnceThereAreStudents() {
        try (var db = ChapterDatabase.open()) {
            assertThatThrownBy(() -> db.frameworks().jdbi().useHandle(handle -> handle.execute(SET_SUBJECT_NOT_NULL)))
                    .isInstanceOf(UnableToExecuteStatementException.class)
                    .hasMessageContaining(
                            h2()
                                    ? "Column \"SUBJECT\" contains null values"
                                    : "column \"subject\" of relation \"persons\" contains null values");
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Approach.class,
            names = {"HIBERNATE_SINGLE_TABLE", "ECLIPSELINK_SINGLE_TABLE", "JDBI_SINGLE_TABLE"})
    void aNotNullOnASubclassColumnRejectsEveryOtherClass(Approach approach) {
        try (var db = ChapterDatabase.setup()
                .then(new School(List.of(), List.of())::load)
                .open()) {
            db.frameworks().jdbi().useHandle(handle -> handle.execute(SET_SUBJECT_NOT_NULL));
            var people = approach.on(db);

            people.add(List.of(new Teacher("Ada", "Mathematics")));

            assertThatThrownBy(() -> people.add(List.of(new GradedStudent("Alice", "A"))))
                    .isInstanceOf(PersonsNotAddedException.class)
                    .hasMessageContaining(
                            h2()
                                    ? "NULL not allowed for column \"SUBJECT\""
                                    : "null value in column \"subject\" of relation \"persons\" violates not-null"
                                            + " constraint");
            assertThat(people.all()).containsExactly(people.teachers().get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = Approach.class,
            names = {"HIBERNATE_SINGLE_TABLE", "ECLIPSELINK_SINGLE_TABLE", "JDBI_SINGLE_TABLE"})
    void theChecksRequireEachClassesFieldForThatClassOnly(Approach approach) {
        try (var db = ChapterDatabase.open()) {
            var people = approach.on(db);

            assertThatThrownBy(() -> people.add(List.of(new Teacher("Grace", null))))
                    .isInstanceOf(PersonsNotAddedException.class)
                    .hasMessageContaining(violated("persons_teacher_has_subject"));
            assertThatThrownBy(() -> people.add(List.of(new GradedStudent("Grace", null))))
                    .isInstanceOf(PersonsNotAddedException.class)
                    .hasMessageContaining(violated("persons_student_has_grade"));
            // A teacher has no grade, a student no subject, a plain person neither: all accepted.
            assertThat(people.add(PeopleTest.NEW_PERSONS)).hasSize(3);
            assertThat(people.all()).hasSize(School.canonical().persons().size() + 3);
        }
    }

    /** How each database names a violated CHECK: H2 upper-cases the name. */
    static String violated(String check) {
        return h2()
                ? "Check constraint violation: \"" + check.toUpperCase(java.util.Locale.ROOT) + ": \""
                : "new row for relation \"persons\" violates check constraint \"" + check + "\"";
    }
}
