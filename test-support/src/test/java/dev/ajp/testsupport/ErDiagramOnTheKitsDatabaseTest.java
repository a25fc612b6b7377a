package dev.ajp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.model.SampleData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ER check reads the schema of a database the kit opens, on H2 by default and on PostgreSQL with {@code
 * DB=postgres} (where the kit gives each database a schema of its own): the shared students and courses.
 */
class ErDiagramOnTheKitsDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void theSharedSchemaMatchesItsDiagramOnTheDatabaseOfTheRun() throws IOException, SQLException {
        var readme = dir.resolve("README.md");
        Files.writeString(readme, """
                <!-- er: shared -->
                ```mermaid
                erDiagram
                    students {
                        bigint id PK
                        varchar name
                        integer age
                        varchar grade
                    }
                    courses {
                        bigint id PK
                        varchar course_name
                    }
                    student_courses {
                        bigint student_id PK, FK
                        bigint course_id PK, FK
                    }
                    students ||--o{ student_courses : "takes"
                    courses ||--o{ student_courses : "is taken in"
                ```
                """);
        try (var db = Database.loaded(SampleData.canonical());
                var connection = db.dataSource().getConnection()) {
            assertThat(ErDiagram.problems(readme, "shared", connection)).isEmpty();
            Files.writeString(readme, Files.readString(readme).replace("        integer age\n", ""));
            assertThat(ErDiagram.problems(readme, "shared", connection))
                    .containsExactly("README.md er:shared: students: the diagram has the columns [grade, id, name], the"
                            + " table [age, grade, id, name]");
        }
    }
}
