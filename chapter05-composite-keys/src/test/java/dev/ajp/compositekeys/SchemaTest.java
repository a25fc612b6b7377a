package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The chapter's table as the script makes it, with the indexes each database adds, and as the providers would have
 * made it if left to generate it.
 */
class SchemaTest {

    @Test
    void theKeyLeadsWithTheStudentAndTheCourseHasAnIndexOfItsOwnWhileH2AlsoIndexesTheStudentForeignKey()
            throws SQLException {
        try (var db = ChapterDatabase.open()) {
            assertThat(primaryKey(db)).containsExactly("student_id", "course_id");
            var indexes = indexes(db);
            switch (db.settings().kind()) {
                // H2 gives each foreign key an index on exactly its columns, unless one exists: it took the course
                // index for the course's foreign key, and made one for the student's, though the key leads with it.
                case H2 -> {
                    assertThat(indexes.values())
                            .containsExactlyInAnyOrder(
                                    List.of("student_id", "course_id"), List.of("course_id"), List.of("student_id"));
                    assertThat(indexes).containsEntry("enrollments_course_idx", List.of("course_id"));
                    assertThat(indexes.keySet()).anyMatch(name -> name.startsWith("enrollments_student_fk_index"));
                }
                // PostgreSQL indexes no foreign key by itself: the script's two indexes are all there is.
                case POSTGRES ->
                    assertThat(indexes)
                            .containsOnly(
                                    Map.entry("enrollments_pk", List.of("student_id", "course_id")),
                                    Map.entry("enrollments_course_idx", List.of("course_id")));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void providersLeftToGenerateTheTableOrderTheKeyAlphabeticallyAndIndexNothing(JpaProvider provider) {
        try (var db = ChapterDatabase.open()) {
            for (var variant : List.of(
                    dev.ajp.compositekeys.embeddedid.Enrollment.class,
                    dev.ajp.compositekeys.idclass.Enrollment.class)) {
                var ddl = new StringWriter();
                db.frameworks(Student.class, Course.class, variant)
                        .jpa(
                                provider,
                                Map.of(
                                        "jakarta.persistence.schema-generation.scripts.action",
                                        "create",
                                        "jakarta.persistence.schema-generation.scripts.create-target",
                                        ddl));

                var enrollments = ddl.toString()
                        .lines()
                        .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("create table enrollments"))
                        .findFirst()
                        .orElseThrow();
                assertThat(enrollments.toLowerCase(Locale.ROOT)).contains("primary key (course_id, student_id)");
                assertThat(ddl.toString().toLowerCase(Locale.ROOT)).doesNotContain("create index");
            }
        }
    }

    /** The key's columns, in key order, lower case. */
    private static List<String> primaryKey(Database db) throws SQLException {
        try (var connection = db.dataSource().getConnection();
                var keys = connection
                        .getMetaData()
                        .getPrimaryKeys(null, connection.getSchema(), table(db, "enrollments"))) {
            var columns = new TreeMap<Integer, String>();
            while (keys.next()) {
                columns.put(
                        keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
            return new ArrayList<>(columns.values());
        }
    }

    /** Every index on enrollments, by lower-case name: its columns in order. */
    private static Map<String, List<String>> indexes(Database db) throws SQLException {
        try (var connection = db.dataSource().getConnection();
                var rows = connection
                        .getMetaData()
                        .getIndexInfo(null, connection.getSchema(), table(db, "enrollments"), false, true)) {
            var columns = new TreeMap<String, TreeMap<Integer, String>>();
            while (rows.next()) {
                var name = rows.getString("INDEX_NAME");
                if (name != null) {
                    columns.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new TreeMap<>())
                            .put(
                                    (int) rows.getShort("ORDINAL_POSITION"),
                                    rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            var indexes = new TreeMap<String, List<String>>();
            columns.forEach((name, byPosition) -> indexes.put(name, new ArrayList<>(byPosition.values())));
            return indexes;
        }
    }

    private static String table(Database db, String name) {
        return db.settings().kind() == DatabaseSettings.Kind.H2 ? name.toUpperCase(Locale.ROOT) : name;
    }
}
