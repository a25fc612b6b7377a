package dev.ajp.benchreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import of a run: its notes, the database they name, and the password that must not reach git. */
class ImportTest {

    private static final String LOAD = "dev.ajp.eagerloading.EagerLoadingBenchmark.load";
    private static final String URL = "jdbc:postgresql://db.example:5432/tutorial";
    private static final String POSTGRES = "PostgreSQL 15.18 (Debian 15.18-0+deb12u1)";
    private static final String POSTGRES_DRIVER = "PostgreSQL JDBC Driver 42.7.14";

    enum Approach {
        HIBERNATE_LAZY,
        JDBI_REDUCE_ROWS
    }

    @TempDir
    Path chapter;

    @BeforeEach
    void writeReadme() throws IOException {
        Files.writeString(chapter.resolve("README.md"), "# Chapter\n\n<!-- bench:begin -->\n<!-- bench:end -->\n");
    }

    /** Two approaches at one size, added to {@code run} (whose connection settings are already set). */
    private static JmhJson run(JmhJson run, double lazy, double reduceRows) {
        return run.result(LOAD, lazy, 0.1, "ms/op", "approach", Approach.HIBERNATE_LAZY, "students", 100)
                .result(LOAD, reduceRows, 0.1, "ms/op", "approach", Approach.JDBI_REDUCE_ROWS, "students", 100);
    }

    private static JmhJson withNotes(JmhJson run, String database, String driver) {
        return run.note("database", database)
                .note("driver", driver)
                .label(Approach.HIBERNATE_LAZY, "Hibernate/lazy")
                .label(Approach.JDBI_REDUCE_ROWS, "Jdbi/reduceRows");
    }

    @Test
    void theNotesAreImportedWithTheResultsAndNameTheDatabaseAndDriver() throws IOException {
        var json = withNotes(run(JmhJson.on("postgres"), 2.0, 1.0), POSTGRES, POSTGRES_DRIVER);
        var results = json.writeTo(chapter);

        var outcome = ChapterReport.run(chapter);

        var notes = chapter.resolve("bench/notes-postgres.properties");
        assertThat(notes).hasSameBinaryContentAs(json.notesFile(chapter));
        assertThat(outcome.imported()).containsExactly(results, json.notesFile(chapter));
        var database = POSTGRES + "; JDBC driver: " + POSTGRES_DRIVER;
        assertThat(Environment.read(chapter.resolve("bench/environment-postgres.properties"))
                        .database())
                .isEqualTo(database);
        assertThat(section()).contains("; " + database + "; JMH 1.37").contains("| Hibernate/lazy | 2 |");
    }

    @Test
    void afterMvnCleanTheImportedNotesStillNameTheApproaches() throws IOException {
        withNotes(run(JmhJson.on("h2"), 2.0, 1.0), "H2 2.5.252 (2025-01-01)", "H2 JDBC Driver 2.5.252 (2025-01-01)")
                .writeTo(chapter);
        ChapterReport.run(chapter);
        var readme = Files.readString(chapter.resolve("README.md"));

        deleteTree(chapter.resolve("target"));
        var outcome = ChapterReport.run(chapter);

        assertThat(outcome.changed()).isEmpty();
        assertThat(chapter.resolve("README.md")).hasContent(readme);
        assertThat(readme).contains("| Jdbi/reduceRows | 1 |");
    }

    @Test
    void resultsCommittedWithNotesButWithoutAnEnvironmentTakeTheDatabaseFromTheNotes() throws IOException {
        var json = withNotes(
                run(JmhJson.on("h2"), 2.0, 1.0), "H2 2.5.252 (2025-01-01)", "H2 JDBC Driver 2.5.252 (2025-01-01)");
        Files.createDirectories(chapter.resolve("bench"));
        Files.writeString(chapter.resolve("bench/jmh-result-h2.json"), json.json());
        Files.writeString(chapter.resolve("bench/notes-h2.properties"), json.notesText());

        ChapterReport.run(chapter);

        assertThat(section())
                .contains("Measured on a machine that was not recorded; JDK 17.0.15 (OpenJDK 64-Bit Server VM "
                        + "17.0.15+6); H2 2.5.252 (2025-01-01); JDBC driver: H2 JDBC Driver 2.5.252 (2025-01-01); "
                        + "JMH 1.37");
    }

    @Test
    void withoutNotesPostgresqlIsDescribedByTheBuildsDriverAndTheServerVersionIsNotGuessed() throws IOException {
        run(JmhJson.on("postgres"), 2.0, 1.0).writeTo(chapter);

        var outcome = ChapterReport.run(chapter);

        assertThat(Environment.read(chapter.resolve("bench/environment-postgres.properties"))
                        .database())
                .matches("PostgreSQL \\(server version not recorded\\); JDBC driver: \\d+\\.\\d+\\.\\d+");
        assertThat(chapter.resolve("bench/notes-postgres.properties")).doesNotExist();
        assertThat(outcome.imported()).containsExactly(chapter.resolve("target/jmh-result-postgres.json"));
        // without labels, the approaches are named by the values JMH recorded
        assertThat(section()).contains("| JDBI_REDUCE_ROWS | 1 |").contains("| HIBERNATE_LAZY | 2 |");
    }

    @Test
    void withoutNotesH2IsTheVersionTheBuildManages() throws IOException {
        run(JmhJson.on("h2"), 2.0, 1.0).writeTo(chapter);

        ChapterReport.run(chapter);

        assertThat(Environment.read(chapter.resolve("bench/environment-h2.properties"))
                        .database())
                .matches("H2 \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void newResultsWithoutNotesRemoveTheNotesOfTheResultsTheyReplace() throws IOException {
        withNotes(run(JmhJson.on("postgres"), 2.0, 1.0), POSTGRES, POSTGRES_DRIVER)
                .writeTo(chapter);
        ChapterReport.run(chapter);
        deleteTree(chapter.resolve("target"));

        run(JmhJson.on("postgres"), 3.0, 1.0).writeTo(chapter);
        var outcome = ChapterReport.run(chapter);

        var notes = chapter.resolve("bench/notes-postgres.properties");
        assertThat(outcome.removed()).containsExactly(notes);
        assertThat(notes).doesNotExist();
        assertThat(Environment.read(chapter.resolve("bench/environment-postgres.properties"))
                        .database())
                .contains("(server version not recorded)");
        assertThat(section()).contains("| HIBERNATE_LAZY | 2 |").doesNotContain("Hibernate/lazy");
    }

    @Test
    void thePasswordIsRedactedAndEveryOtherByteIsJmhs() throws IOException {
        var password = "s3cr\"et\\pa ss"; // a quote and a backslash, escaped in the JSON
        var source = run(JmhJson.on("postgres").connection(URL, "tutorial", password), 2.0, 1.0)
                .result(LOAD, 4.0, 0.1, "ms/op", "approach", Approach.HIBERNATE_LAZY, "students", 1000)
                .writeTo(chapter);

        ChapterReport.run(chapter);

        var copy = chapter.resolve("bench/jmh-result-postgres.json");
        var mapper = new ObjectMapper();
        var written = mapper.writeValueAsString("-Ddb.password=" + password);
        assertThat(Files.readString(source)).contains(written); // the test writes what it means to redact
        assertThat(Files.readString(copy))
                .doesNotContain("s3cr")
                .isEqualTo(Files.readString(source).replace(written, "\"-Ddb.password=<redacted>\""));
        var results = JmhResult.read(copy);
        assertThat(results).hasSize(3).allSatisfy(result -> {
            assertThat(result.jvm().systemProperty("db.password")).isEqualTo("<redacted>");
            assertThat(result.jvm().systemProperty("db.url")).isEqualTo(URL);
            assertThat(result.jvm().systemProperty("db.user")).isEqualTo("tutorial");
        });
    }

    @Test
    void theSameRunImportedAgainIsRecognisedThoughOnlyItsRedactedCopyWasKept() throws IOException {
        var source = run(JmhJson.on("postgres").connection(URL, "tutorial", "secret"), 2.0, 1.0)
                .writeTo(chapter);
        Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2026-03-04T05:06:07Z")));
        ChapterReport.run(chapter);
        var environment = Files.readString(chapter.resolve("bench/environment-postgres.properties"));
        var copy = Files.readString(chapter.resolve("bench/jmh-result-postgres.json"));

        Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2027-01-01T00:00:00Z")));
        var outcome = ChapterReport.run(chapter);

        assertThat(outcome.imported()).isEmpty();
        assertThat(outcome.changed()).isEmpty();
        assertThat(chapter.resolve("bench/environment-postgres.properties")).hasContent(environment);
        assertThat(chapter.resolve("bench/jmh-result-postgres.json")).hasContent(copy);
    }

    @Test
    void anEmptyPasswordSaysNothingAndIsKept() throws IOException {
        var source = run(JmhJson.on("postgres").connection(URL, "tutorial", ""), 2.0, 1.0)
                .writeTo(chapter);

        ChapterReport.run(chapter);

        var copy = chapter.resolve("bench/jmh-result-postgres.json");
        assertThat(copy).hasSameBinaryContentAs(source);
        assertThat(JmhResult.read(copy).get(0).jvm().systemProperty("db.password"))
                .isEmpty();
    }

    @Test
    void notesThatAreNoPropertiesFileFailNamingItAndNothingIsWritten() throws IOException {
        var json = run(JmhJson.on("h2"), 2.0, 1.0);
        json.writeTo(chapter);
        Files.writeString(json.notesFile(chapter), "label.HIBERNATE_LAZY=Hibernate\\u00\n");

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining(json.notesFile(chapter) + " is not a properties file");
        assertThat(chapter.resolve("bench")).doesNotExist();
    }

    /** The README's text between the markers. */
    private String section() throws IOException {
        var text = Files.readString(chapter.resolve("README.md"));
        return text.substring(text.indexOf("<!-- bench:begin -->"), text.indexOf("<!-- bench:end -->"));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (var path :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
