package dev.ajp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErDiagramTest {

    @TempDir
    Path dir;

    Connection connection;

    @BeforeEach
    void createSchema() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:er-diagram-test;DB_CLOSE_DELAY=-1");
        try (var statement = connection.createStatement()) {
            statement.execute("drop all objects");
            statement.execute("create table students (id bigint primary key, name varchar(100) not null)");
            statement.execute("create table courses (id bigint primary key, course_name varchar(100))");
            statement.execute("create table enrollments (student_id bigint not null references students (id),"
                    + " course_id bigint not null references courses (id), enrollment_date date,"
                    + " primary key (student_id, course_id))");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static final String DIAGRAM = """
            # Lesson

            <!-- er: enrollments -->
            ```mermaid
            erDiagram
                students {
                    bigint id PK
                    varchar name
                }
                enrollments {
                    bigint student_id PK, FK
                    bigint course_id PK, FK "the course"
                    date enrollment_date
                }
                students ||--o{ enrollments : "enrolls in"
            ```
            """;

    @Test
    void aDiagramOfTheRealTablesPasses() throws IOException {
        assertThat(ErDiagram.problems(write(DIAGRAM), "enrollments", connection))
                .isEmpty();
    }

    @Test
    void missingColumnsWrongKeysUnknownTablesAndRelationshipsAreReported() throws IOException {
        var wrong = DIAGRAM.replace("    varchar name\n", "")
                .replace("bigint course_id PK, FK", "bigint course_id PK")
                .replace("students ||--o{ enrollments", "teachers ||--o{ enrollments")
                .replace("erDiagram\n", "erDiagram\n    teachers {\n        bigint id PK\n    }\n");

        assertThat(ErDiagram.problems(write(wrong), "enrollments", connection))
                .containsExactlyInAnyOrder(
                        "README.md er:enrollments: no table teachers in the schema (its tables: [courses, enrollments,"
                                + " students])",
                        "README.md er:enrollments: students: the diagram has the columns [id], the table [id, name]",
                        "README.md er:enrollments: enrollments: FK on [student_id], the foreign keys are on [course_id,"
                                + " student_id]");
    }

    @Test
    void aMissingOrMalformedDiagramIsReported() throws IOException {
        assertThat(ErDiagram.problems(write(DIAGRAM), "schema", connection))
                .containsExactly("README.md er:schema: no line '<!-- er: schema -->'");
        assertThat(ErDiagram.problems(write(DIAGRAM.replace("bigint id PK", "id")), "enrollments", connection))
                .singleElement()
                .asString()
                .contains("is not 'type column_name [PK][, FK]'");
    }

    private Path write(String text) throws IOException {
        var file = dir.resolve("README.md");
        Files.writeString(file, text);
        return file;
    }
}
