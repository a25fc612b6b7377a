package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the benchmark's lookups make each database do in each layout, read from its query plan ({@code explain}) on
 * the benchmark's smaller data set: an index for the key's leading column and for a column with its own index, a
 * read of the whole table for the key's second column without one.
 */
class KeyLayoutTest {

    private static final int STUDENTS = 1000;

    @ParameterizedTest
    @EnumSource(KeyLayout.class)
    void aLookupUsesAnIndexOnlyWhenItsColumnLeadsTheKeyOrHasAnIndexOfItsOwn(KeyLayout layout) {
        try (var db = Database.setup().data(EnrollmentData.students(STUDENTS)).open()) {
            KeyOrderBenchmark.load(db, layout, STUDENTS);

            var byStudent = plan(db, KeyOrderBenchmark.ENROLLMENTS_OF_STUDENT);
            var byCourse = plan(db, KeyOrderBenchmark.STUDENTS_OF_COURSE);

            var studentIndexed =
                    layout.keyColumns().startsWith("student_id") || "student_id".equals(layout.indexedColumn());
            var courseIndexed =
                    layout.keyColumns().startsWith("course_id") || "course_id".equals(layout.indexedColumn());
            assertThat(scansTheTable(db, byStudent)).as(byStudent).isEqualTo(!studentIndexed);
            assertThat(usesAnIndexOn(db, byStudent, "student_id")).as(byStudent).isEqualTo(studentIndexed);
            assertThat(scansTheTable(db, byCourse)).as(byCourse).isEqualTo(!courseIndexed);
            assertThat(usesAnIndexOn(db, byCourse, "course_id")).as(byCourse).isEqualTo(courseIndexed);
            // Exactly one of the two lookups has no index in the layouts without a second one.
            assertThat(studentIndexed && courseIndexed).isEqualTo(layout.indexedColumn() != null);
        }
    }

    @Test
    void hibernatesFindByKeyWritesTheKeyAsARowValueAndStillUsesTheKeysIndex() {
        String find;
        try (var db = EnrollmentData.canonical()) {
            var hibernate = Approach.HIBERNATE_EMBEDDED_ID.on(db);
            find = db.recorder()
                    .record(() -> hibernate.find(new EnrollmentKey(17, 18)))
                    .statements()
                    .get(0)
                    .sql();
        }
        // The key's columns in alphabetical order, as one row value.
        assertThat(find).endsWith("where (e1_0.course_id,e1_0.student_id) in ((?,?))");

        try (var db = Database.setup().data(EnrollmentData.students(STUDENTS)).open()) {
            KeyOrderBenchmark.load(db, KeyLayout.STUDENT_FIRST_INDEXED, STUDENTS);
            List<String> lines = db.frameworks()
                    .jdbi()
                    .withHandle(h -> h.createQuery("explain " + find)
                            .bind(0, 18L)
                            .bind(1, 17L)
                            .mapTo(String.class)
                            .list());
            var plan = String.join("\n", lines);
            switch (db.settings().kind()) {
                case H2 ->
                    assertThat(plan)
                            .contains("PUBLIC.PRIMARY_KEY")
                            .contains("COURSE_ID = ?1")
                            .contains("STUDENT_ID = ?2");
                case POSTGRES ->
                    assertThat(plan)
                            .contains("Index Scan using enrollments_pk on enrollments")
                            .contains("student_id = ")
                            .contains("course_id = ");
            }
        }
    }

    private static String plan(Database db, String lookup) {
        List<String> lines = db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("explain " + lookup)
                        .bind("id", 17L)
                        .mapTo(String.class)
                        .list());
        return String.join("\n", lines);
    }

    /** H2 names the index and the condition it serves ({@code PRIMARY_KEY_5: STUDENT_ID = ?1}); PostgreSQL too. */
    private static boolean usesAnIndexOn(Database db, String plan, String column) {
        return switch (db.settings().kind()) {
            case H2 -> plan.contains(": " + column.toUpperCase() + " = ?1");
            case POSTGRES -> plan.contains("Index Cond: (" + column + " = ");
        };
    }

    private static boolean scansTheTable(Database db, String plan) {
        return switch (db.settings().kind()) {
            case H2 -> plan.contains("PUBLIC.ENROLLMENTS.tableScan");
            case POSTGRES -> plan.contains("Seq Scan on enrollments");
        };
    }
}
