package dev.ajp.rawsql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every approach answers the tutorial's query with the same rows, in one SELECT and nothing else, on the tutorial's
 * data and on a thousand generated students. The queries only read, so each data set is loaded once for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudentsOlderThanTest {

    private static final SampleData.Dataset GENERATED = SampleData.generated(1_000, 0);

    private Database canonical;
    private Database generated;

    @BeforeAll
    void load() {
        canonical = ChapterDatabase.open();
        generated = ChapterDatabase.setup().data(GENERATED).open();
    }

    @AfterAll
    void close() {
        canonical.close();
        generated.close();
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void everyApproachReturnsAliceBobCarolAndEveForAnAgeOf20(Approach approach) {
        var query = approach.on(frameworks(canonical));

        var recording = canonical.recorder().record(() -> query.olderThan(20));

        assertThat(recording.result())
                .containsExactly(
                        new StudentRow(1, "Alice", 22, "A"),
                        new StudentRow(2, "Bob", 21, "B"),
                        new StudentRow(3, "Carol", 23, "A"),
                        new StudentRow(5, "Eve", 24, "A"));
        assertThat(recording.outline()).as(recording.describe()).isEqualTo(expectedOutline(approach));
        assertThat(recording.statements())
                .singleElement()
                .satisfies(s -> assertThat(normalized(s.sql()))
                        .isEqualTo("select id, name, age, grade from students where age > ? order by id"));
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void everyApproachReturnsTheSameRowsInOneSelectWhateverTheirNumber(Approach approach) {
        var query = approach.on(frameworks(generated));

        for (var age : List.of(20, 26, 99)) {
            var recording = generated.recorder().record(() -> query.olderThan(age));

            assertThat(recording.result()).isEqualTo(ExpectedResults.olderThan(GENERATED, age));
            assertThat(recording.outline()).isEqualTo(expectedOutline(approach));
        }
    }

    /**
     * What each approach sends, statements and connection events alike. Every one reads outside a transaction, on a
     * connection in auto-commit mode: one SELECT, no commit, no auto-commit switch, whatever the number of rows.
     */
    static List<String> expectedOutline(Approach approach) {
        return switch (approach) {
            case HIBERNATE_ENTITIES,
                    ECLIPSELINK_ENTITIES,
                    HIBERNATE_OBJECT_ARRAYS,
                    ECLIPSELINK_OBJECT_ARRAYS,
                    HIBERNATE_TUPLE,
                    HIBERNATE_RECORD,
                    HIBERNATE_ADD_SCALAR,
                    ECLIPSELINK_RESULT_TYPE_MAP,
                    JDBI_MAP_TO_MAP,
                    JDBI_CONSTRUCTOR_MAPPER,
                    JDBI_SQL_OBJECT,
                    JDBC_PREPARED_STATEMENT -> List.of("select");
        };
    }

    static String normalized(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }

    private static Frameworks frameworks(Database db) {
        return db.frameworks(Student.class, Course.class);
    }
}
