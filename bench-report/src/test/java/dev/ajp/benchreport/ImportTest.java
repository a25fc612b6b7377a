package dev.ajp.benchreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import of a run: its notes, the database they name, and the copy of its results. */
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
        Files.writeString(chapter.resolve("README.md"), "# Chapter\n");
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
        var readme = Files.readString(chapter.resolve("bench/RESULTS.md"));

        deleteTree(chapter.resolve("target"));
        var outcome = ChapterReport.run(chapter);

        assertThat(outcome.changed()).isEmpty();
        assertThat(chapter.resolve("bench/RESULTS.md")).hasContent(readme);
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
    void resultsWithoutTheirNotesAreRefusedAndNothingIsWritten() throws IOException {
        var results = run(JmhJson.on("postgres").withoutNotes(), 2.0, 1.0).writeTo(chapter);

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining(results + " came without the notes")
                .hasMessageContaining("bench profile");
        assertThat(chapter.resolve("bench")).doesNotExist();
    }

    @Test
    void committedResultsWithoutTheirNotesAreRefused() throws IOException {
        Files.createDirectories(chapter.resolve("bench"));
        Files.writeString(
                chapter.resolve("bench/jmh-result-h2.json"),
                run(JmhJson.on("h2"), 2.0, 1.0).json());

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("came without the notes");
    }

    @Test
    void notesThatNameNoDatabaseAreRefused() throws IOException {
        var json = run(JmhJson.on("h2"), 2.0, 1.0);
        json.writeTo(chapter);
        Files.writeString(json.notesFile(chapter), "label.HIBERNATE_LAZY=Hibernate/lazy\n");

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining(json.notesFile(chapter) + " names no database");
    }

    @Test
    void theResultsAreCopiedByteForByte() throws IOException {
        var source = run(JmhJson.on("postgres").connection(URL, "tutorial"), 2.0, 1.0)
                .writeTo(chapter);

        ChapterReport.run(chapter);

        var copy = chapter.resolve("bench/jmh-result-postgres.json");
        assertThat(copy).hasSameBinaryContentAs(source);
        assertThat(JmhResult.read(copy).get(0).jvm().systemProperty("db.url")).isEqualTo(URL);
    }

    @Test
    void theSameRunImportedAgainIsRecognised() throws IOException {
        var source = run(JmhJson.on("postgres").connection(URL, "tutorial"), 2.0, 1.0)
                .writeTo(chapter);
        Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2026-03-04T05:06:07Z")));
        ChapterReport.run(chapter);
        var environment = Files.readString(chapter.resolve("bench/environment-postgres.properties"));

        Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2027-01-01T00:00:00Z")));
        var outcome = ChapterReport.run(chapter);

        assertThat(outcome.imported()).isEmpty();
        assertThat(outcome.changed()).isEmpty();
        assertThat(chapter.resolve("bench/environment-postgres.properties")).hasContent(environment);
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

    /** The text between the markers of bench/RESULTS.md. */
    private String section() throws IOException {
        var text = Files.readString(chapter.resolve("bench/RESULTS.md"));
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
