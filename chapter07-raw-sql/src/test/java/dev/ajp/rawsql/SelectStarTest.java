package dev.ajp.rawsql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings.Kind;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The tutorial's {@code SELECT *} without a result class, in each framework: the row comes back in the table's column
 * order, which is whatever the DDL that created the table said. The shared schema script says id, name, age, grade;
 * a provider that generates the table chooses its own order, and code that reads {@code select *} by position then
 * reads the wrong columns. Naming the columns in the SQL fixes the order in the statement itself.
 */
class SelectStarTest {

    private static final String SELECT_STAR = "select * from students where id = 1";

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aNativeSelectStarIsAnObjectArrayInTheTablesColumnOrder(JpaProvider provider) {
        try (var db = ChapterDatabase.open()) {
            var emf = db.frameworks(Student.class, Course.class).jpa(provider);
            try (var em = emf.createEntityManager()) {
                var row = (Object[]) em.createNativeQuery(SELECT_STAR).getSingleResult();

                // id, name, age, grade: the order of the script's CREATE TABLE, with the driver's types.
                assertThat(row).containsExactly(1L, "Alice", 22, "A");
            }
        }
    }

    @Test
    void jdbiMapToMapKeepsTheColumnOrderAndLowerCasesTheLabels() {
        try (var db = ChapterDatabase.open()) {
            var row = db.frameworks()
                    .jdbi()
                    .withHandle(h -> h.createQuery(SELECT_STAR).mapToMap().one());

            assertThat(row)
                    .containsExactly(
                            Map.entry("id", 1L),
                            Map.entry("name", "Alice"),
                            Map.entry("age", 22),
                            Map.entry("grade", "A"));
        }
    }

    @Test
    void jdbcReportsTheColumnLabelsInTheTablesOrderAndTheDatabasesCase() throws SQLException {
        try (var db = ChapterDatabase.open()) {
            var labels = columnLabels(db.dataSource());

            assertThat(labels).containsExactlyElementsOf(inCaseOf(db, List.of("id", "name", "age", "grade")));
        }
    }

    /**
     * Hibernate generates {@code students} with its columns in alphabetical order, the id included; EclipseLink puts
     * the id first and the rest in alphabetical order. The script that every chapter uses says id, name, age, grade.
     * The same positional read of {@code select *} then finds the grade, or the age, where it expects the name.
     */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aProviderThatGeneratesTheTableChoosesItsOwnColumnOrder(JpaProvider provider) throws SQLException {
        try (var db = Database.setup().open()) {
            var frameworks = db.frameworks(Student.class, Course.class);
            var emf = switch (provider) {
                case HIBERNATE -> frameworks.hibernate(Map.of("hibernate.hbm2ddl.auto", "create"));
                case ECLIPSELINK ->
                    frameworks.eclipseLink(Map.of("jakarta.persistence.schema-generation.database.action", "create"));
            };
            SampleData.insert(db.dataSource(), SampleData.canonical());

            var labels = columnLabels(db.dataSource());
            Object[] row;
            try (var em = emf.createEntityManager()) {
                row = (Object[]) em.createNativeQuery(SELECT_STAR).getSingleResult();
            }

            switch (provider) {
                case HIBERNATE -> {
                    assertThat(labels).containsExactlyElementsOf(inCaseOf(db, List.of("age", "grade", "id", "name")));
                    assertThat(row).containsExactly(22, "A", 1L, "Alice");
                }
                case ECLIPSELINK -> {
                    assertThat(labels).containsExactlyElementsOf(inCaseOf(db, List.of("id", "age", "grade", "name")));
                    assertThat(row).containsExactly(1L, 22, "A", "Alice");
                }
            }
            // What code written against the script's order (row[1] is the name) reads instead:
            assertThat(row[1]).isNotEqualTo("Alice");
        }
    }

    /** H2 reports unquoted names in upper case, PostgreSQL in lower case. */
    private static List<String> inCaseOf(Database db, List<String> lowerCase) {
        return db.settings().kind() == Kind.H2
                ? lowerCase.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList()
                : lowerCase;
    }

    private static List<String> columnLabels(DataSource dataSource) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(SELECT_STAR);
                var rows = statement.executeQuery()) {
            var meta = rows.getMetaData();
            var labels = new ArrayList<String>();
            for (var i = 1; i <= meta.getColumnCount(); i++) {
                labels.add(meta.getColumnLabel(i));
            }
            return labels;
        }
    }
}
