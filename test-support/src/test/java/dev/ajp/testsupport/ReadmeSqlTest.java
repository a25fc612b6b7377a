package dev.ajp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.testsupport.ReadmeSql.Operation;
import dev.ajp.testsupport.ReadmeSql.Sent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeSqlTest {

    @TempDir
    Path dir;

    private static final Map<String, Operation> LABELS = Map.of(
            "Jdbi/find",
            () -> Sent.statements(List.of("select name from students where id = ?")),
            "Hibernate/lazy",
            () -> Sent.statements(List.of(
                    "select s1_0.id from students s1_0",
                    "select c from courses where s = ?",
                    "select c from courses where s = ?")),
            "Hibernate/savepoint",
            () -> new Sent(
                    List.of("insert into students values (?)"),
                    List.of("setAutoCommit(false)", "insert", "commit"),
                    List.of("setAutoCommit(false)", "insert into students values (?)  [batch of 1]", "commit")),
            "EclipseLink/all",
            () -> Sent.statements(List.of(
                    "SELECT t0.ID, t1.SUBJECT FROM persons t0, teachers t1 WHERE (t1.ID = t0.ID)",
                    "SELECT t0.ID, t1.GRADE FROM persons t0, students t1 WHERE (t1.ID = t0.ID)")),
            "Broken",
            () -> {
                throw new IllegalStateException("no database");
            });

    @Test
    void aBlockEqualUpToWhitespaceToWhatEachLabelSendsPasses() throws IOException {
        var report = check("""
                <!-- sql: Jdbi/find -->
                ```sql
                -- a comment
                select name
                  from students where id = ?
                ```
                """, "h2");

        assertThat(report.problems()).isEmpty();
        assertThat(report.checked()).isEqualTo(1);
    }

    @Test
    void aBlockThatDiffersIsReportedWithItsFileLineAndWhatWasSent() throws IOException {
        var report = check("""
                # Title

                <!-- sql: Jdbi/find, Hibernate/lazy (distinct) -->
                ```sql
                select name from students where id = ?;
                ```
                """, "h2");

        assertThat(report.problems())
                .singleElement()
                .asString()
                .startsWith("README.md:3: Hibernate/lazy sends 2 statement(s):")
                .contains("select c from courses where s = ?;");
        assertThat(report.checked()).isEqualTo(2);
    }

    @Test
    void distinctShowsEachStatementOnceAndStatementsEndAtASemicolonAtALineEnd() throws IOException {
        var shown = """
                <!-- sql: Hibernate/lazy (distinct) -->
                ```sql
                select s1_0.id from students s1_0;
                select c from courses where s = ?
                ```
                """;
        assertThat(check(shown, "h2").problems()).isEmpty();
        assertThat(check(shown.replace(" (distinct)", ""), "h2").problems()).hasSize(1);
    }

    @Test
    void onADatabaseTheBlockIsCheckedOnlyThereButItsLabelsAlwaysExist() throws IOException {
        var report = check("""
                <!-- sql: Jdbi/find on postgres -->
                ```sql
                something else entirely
                ```

                <!-- sql: Jdbi/nothing on postgres -->
                ```sql
                select 1
                ```
                """, "h2");

        assertThat(report.checked()).isZero();
        assertThat(report.problems()).singleElement().asString().startsWith("README.md:6: no label [Jdbi/nothing]");
    }

    @Test
    void anyOrderAcceptsAnotherOrderOfStatementsSubclassesAndAliases() throws IOException {
        var report = check("""
                <!-- sql: EclipseLink/all (any order) -->
                ```sql
                SELECT t0.ID, t1.GRADE FROM persons t0, students t1 WHERE (t1.ID = t0.ID);
                SELECT t0.ID, t1.SUBJECT FROM persons t0, teachers t1 WHERE (t1.ID = t0.ID);
                ```
                """, "h2");

        assertThat(report.problems()).isEmpty();
    }

    @Test
    void outlineAndEventsCompareTextBlocksLineByLine() throws IOException {
        var report = check("""
                <!-- sql: Hibernate/savepoint (outline) -->
                ```text
                setAutoCommit(false)
                insert
                commit
                ```

                <!-- sql: Hibernate/savepoint on h2 (events) -->
                ```text
                setAutoCommit(false)
                insert into students values (?)  [batch of 1]
                rollback
                ```
                """, "h2");

        assertThat(report.checked()).isEqualTo(2);
        assertThat(report.problems())
                .singleElement()
                .asString()
                .startsWith("README.md:8: Hibernate/savepoint sends (events)");
    }

    @Test
    void fileBlocksAreTheFileOrAPartOfIt() throws IOException {
        Files.writeString(dir.resolve("schema.sql"), "-- the schema\ncreate table t (\n    id bigint not null\n);\n");
        var report = check("""
                <!-- sql: file schema.sql -->
                ```sql
                -- the schema
                create table t (
                    id bigint not null
                );
                ```

                <!-- sql: file schema.sql (part) -->
                ```sql
                create table t ( id bigint
                ```

                <!-- sql: file schema.sql (part) -->
                ```sql
                create table u
                ```
                """, "postgres");

        assertThat(report.checked()).isEqualTo(3);
        assertThat(report.problems())
                .singleElement()
                .asString()
                .isEqualTo("README.md:14: the block is not a part of schema.sql");
    }

    @Test
    void unmarkedBlocksUnknownOptionsFailuresAndBadMarkersAreReported() throws IOException {
        var report = check("""
                ```sql
                select 1
                ```

                <!-- sql: Jdbi/find (sorted) -->
                ```sql
                select 1
                ```

                <!-- sql: Broken -->
                ```sql
                select 1
                ```

                <!-- sql: Jdbi/find -->
                ```text
                select 1
                ```
                """, "h2");

        assertThat(report.problems())
                .hasSize(4)
                .anySatisfy(p -> assertThat(p).startsWith("README.md:1: a ```sql block without"))
                .anySatisfy(p -> assertThat(p).startsWith("README.md:5: no option (sorted)"))
                .anySatisfy(p ->
                        assertThat(p).startsWith("README.md:10: Broken failed").contains("no database"))
                .anySatisfy(p -> assertThat(p).startsWith("README.md:15: the marker is not followed by a ```sql"));
    }

    @Test
    void aChapterIsItsReadmeAndItsReferenceWhenThereIsOne() throws IOException {
        Files.writeString(
                dir.resolve("README.md"),
                "<!-- sql: Jdbi/find -->\n```sql\nselect name from students where id = ?\n```\n");
        assertThat(ReadmeSql.checkChapter(dir, LABELS, "h2").checked()).isEqualTo(1);

        Files.writeString(dir.resolve("REFERENCE.md"), "<!-- sql: Jdbi/find -->\n```sql\nselect 2\n```\n");
        var report = ReadmeSql.checkChapter(dir, LABELS, "h2");
        assertThat(report.checked()).isEqualTo(2);
        assertThat(report.problems()).singleElement().asString().startsWith("REFERENCE.md:1: Jdbi/find sends");
    }

    private ReadmeSql.Report check(String markdown, String database) throws IOException {
        var file = dir.resolve("README.md");
        Files.writeString(file, markdown);
        return ReadmeSql.check(file, LABELS, database);
    }
}
