package dev.ajp.benchreport;

import static dev.ajp.benchreport.ComparisonTest.described;
import static dev.ajp.benchreport.ComparisonTest.environment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --keep-rerun}: a chapter's committed run is imported first, then fresh runs written to its {@code target/}
 * as the bench profile writes them are kept in {@code bench/reruns/<db>-<n>/}, or refused.
 */
class RerunTest {

    private static final String INSERT = "dev.ajp.bulkinsert.BulkInsertBenchmark.insert";

    @TempDir
    Path chapter;

    private static JmhJson run(String db, double jdbc, double jdbi) {
        return JmhJson.on(db)
                .note("label.JDBC_BATCH", "JDBC batch")
                .note("label.JDBI_BATCH", "Jdbi PreparedBatch")
                .result(INSERT, jdbc, 0.1, "ms/op", "approach", "JDBC_BATCH", "rows", 1000)
                .result(INSERT, jdbi, 0.1, "ms/op", "approach", "JDBI_BATCH", "rows", 1000);
    }

    /** The committed run: 10 and 15 ms on H2, imported and rendered as the chapter's figures. */
    @BeforeEach
    void commitARun() throws IOException {
        Files.writeString(chapter.resolve("README.md"), "# Bulk insert\n");
        Files.createDirectories(chapter.resolve("bench"));
        Files.writeString(chapter.resolve("bench/report.properties"), "baseline=JDBC batch\n");
        run("h2", 10, 15).writeTo(chapter);
        ChapterReport.run(chapter);
    }

    private Path bench(String path) {
        return chapter.resolve("bench").resolve(path);
    }

    @Test
    void aFreshRunIsKeptWithItsNotesAndAnEnvironmentCapturedAtItsDate() throws IOException {
        var json = run("h2", 6, 9);
        var source = json.writeTo(chapter);
        Files.setLastModifiedTime(source, FileTime.from(Instant.parse("2026-12-01T10:20:30Z")));

        var outcome = Rerun.keep(chapter);

        assertThat(outcome.kept()).containsOnlyKeys(source).containsValue(bench("reruns/h2-1"));
        assertThat(outcome.skipped()).isEmpty();
        assertThat(bench("reruns/h2-1/jmh-result-h2.json")).hasSameBinaryContentAs(source);
        assertThat(bench("reruns/h2-1/notes-h2.properties")).hasSameBinaryContentAs(json.notesFile(chapter));
        var environment = Environment.read(bench("reruns/h2-1/environment-h2.properties"));
        assertThat(environment.date()).isEqualTo("2026-12-01 10:20 UTC");
        assertThat(environment.database())
                .isEqualTo("H2 2.5.252 (2025-01-01); JDBC driver: H2 JDBC Driver 2.5.252 (2025-01-01)");
        assertThat(environment.cpu()).isNotEqualTo(Environment.NOT_RECORDED);
        try (Stream<Path> files = Files.list(bench("reruns/h2-1"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "jmh-result-h2.json", "notes-h2.properties", "environment-h2.properties");
        }
    }

    @Test
    void eachReRunTakesTheNumberAfterTheHighestKeptForItsDatabase() throws IOException {
        run("h2", 6, 9).writeTo(chapter);
        Rerun.keep(chapter);
        run("h2", 7, 10).writeTo(chapter);
        Rerun.keep(chapter);
        assertThat(Rerun.kept(chapter, "h2")).containsExactly(bench("reruns/h2-1"), bench("reruns/h2-2"));

        deleteTree(bench("reruns/h2-1"));
        run("h2", 8, 11).writeTo(chapter);
        var outcome = Rerun.keep(chapter);

        // a deleted number is not given again, so the numbers keep the order the runs were kept in
        assertThat(outcome.kept()).containsValue(bench("reruns/h2-3"));
        assertThat(Rerun.kept(chapter, "h2")).containsExactly(bench("reruns/h2-2"), bench("reruns/h2-3"));
        assertThat(Rerun.kept(chapter, "postgres")).isEmpty();
    }

    @Test
    void theCommittedRunIsNotAReRun() {
        var source = chapter.resolve("target/jmh-result-h2.json"); // still the imported one

        assertThatThrownBy(() -> Rerun.keep(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessage(chapter + ": no new run to keep: " + source + " has the same bytes as "
                        + bench("jmh-result-h2.json") + ". Run the chapter's full benchmarks again to have a re-run.");
        assertThat(bench("reruns")).doesNotExist();
    }

    @Test
    void aRunKeptBeforeIsNotKeptAgain() throws IOException {
        var source = run("h2", 6, 9).writeTo(chapter);
        Rerun.keep(chapter);

        assertThatThrownBy(() -> Rerun.keep(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining(source + " has the same bytes as " + bench("reruns/h2-1/jmh-result-h2.json"));
        assertThat(Rerun.kept(chapter, "h2")).containsExactly(bench("reruns/h2-1"));
    }

    @Test
    void aQuickOrSmokeRunIsRefusedAndNothingIsKept() throws IOException {
        var quick = JmhJson.on("h2")
                .quick()
                .result(INSERT, 6, 0.5, "ms/op", "approach", "JDBC_BATCH", "rows", 1000)
                .writeTo(chapter);

        assertThatThrownBy(() -> Rerun.keep(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith(quick + " is not a full run, so nothing was kept: BulkInsertBenchmark.insert "
                        + "ran with 1 fork, 3 warm-up iterations of 200 ms, 3 measured iterations of 200 ms");
        JmhJson.on("h2")
                .smoke()
                .result(INSERT, 6, "NaN", "ms/op", "approach", "JDBC_BATCH", "rows", 1000)
                .writeTo(chapter);
        assertThatThrownBy(() -> Rerun.keep(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("is not a full run, so nothing was kept");
        assertThat(bench("reruns")).doesNotExist();
    }

    @Test
    void resultsWithoutNotesOrWithoutACommittedRunOrWithoutAnyFreshRunAreRefused() throws IOException {
        var json = run("h2", 6, 9);
        json.writeTo(chapter);
        Files.delete(json.notesFile(chapter));
        assertThatThrownBy(() -> Rerun.keep(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("came without the notes");

        deleteTree(chapter.resolve("target"));
        var postgres = run("postgres", 6, 9).writeTo(chapter);
        assertThatThrownBy(() -> Rerun.keep(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith(postgres + " has no committed results to be a re-run of ("
                        + bench("jmh-result-postgres.json") + "), so nothing was kept.");

        deleteTree(chapter.resolve("target"));
        assertThatThrownBy(() -> Rerun.keep(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith(chapter + ": no fresh results to keep");
        assertThatThrownBy(() -> Rerun.keep(chapter.resolve("nothing")))
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith("no chapter directory ");
        assertThat(bench("reruns")).doesNotExist();
    }

    @Test
    void theCommandKeepsTheNewDatabasesSaysWhichItDidNotKeepAndPrintsTheComparison() throws IOException {
        // PostgreSQL committed too; then a new H2 run, while target still holds the committed PostgreSQL run
        run("postgres", 4, 5).writeTo(chapter);
        ChapterReport.run(chapter);
        run("h2", 6, 9).writeTo(chapter);

        var name = chapter.toString();
        assertThat(keepRerun(name))
                .containsExactly(
                        name + ": " + Path.of("target", "jmh-result-postgres.json") + " not kept, it has the same "
                                + "bytes as " + Path.of("bench", "jmh-result-postgres.json"),
                        name + ": kept " + Path.of("target", "jmh-result-h2.json") + " in "
                                + Path.of("bench", "reruns", "h2-1")
                                + "/ with its notes and this machine's environment",
                        name + ": compare the h2 runs with -Dexec.args=\"--compare " + bench("jmh-result-h2.json") + " "
                                + bench("reruns/h2-1/jmh-result-h2.json") + "\"");
        assertThat(Rerun.kept(chapter, "postgres")).isEmpty();

        run("h2", 7, 10).writeTo(chapter);
        assertThat(keepRerun(name))
                .contains(name + ": compare the h2 runs with -Dexec.args=\"--compare " + bench("jmh-result-h2.json")
                        + " " + bench("reruns/h2-1/jmh-result-h2.json") + " " + bench("reruns/h2-2/jmh-result-h2.json")
                        + "\"");
        assertThatThrownBy(() -> BenchReport.keepRerun(List.of(), System.out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--keep-rerun takes a chapter directory");
    }

    @Test
    void aComparisonReadsAKeptReRunWithTheEnvironmentAndNotesKeptWithIt() throws IOException {
        // re-runs: 6 and 9 (ratio 1.5), 8 and 13 (1.625); committed 10 and 15 (1.5)
        run("h2", 6, 9).writeTo(chapter);
        Rerun.keep(chapter);
        run("h2", 8, 13).writeTo(chapter);
        Rerun.keep(chapter);
        deleteTree(chapter.resolve("target")); // mvn clean: only what is committed is left
        environment(bench("reruns/h2-2/environment-h2.properties"), "2026-12-02 11:30 UTC", "Another CPU");

        var text = Comparison.of(
                List.of(
                        bench("jmh-result-h2.json"),
                        bench("reruns/h2-1/jmh-result-h2.json"),
                        bench("reruns/h2-2/jmh-result-h2.json")),
                null);

        var firstKept = Environment.read(bench("reruns/h2-1/environment-h2.properties"));
        assertThat(text)
                .contains("- B: `" + bench("reruns/h2-1/jmh-result-h2.json") + "`. " + firstKept.describe() + "\n")
                .contains("- C: `" + bench("reruns/h2-2/jmh-result-h2.json") + "`. "
                        + described("2026-12-02 11:30 UTC", "Another CPU") + "\n")
                .contains("Baseline: JDBC batch (the chapter's, from " + bench("report.properties") + ").")
                // the labels come from the kept notes; median of 1.5, 1.5, 1.625 is 1.5, spread 0.125 / 1.5 = 8.3%
                .contains("| Jdbi PreparedBatch | 1.50 | 1.50 | 1.62 | 1.50 | 1.50–1.62 (8.3%) | 2 | 2 | 2 |");
        assertThat(firstKept.cpu()).isNotEqualTo(Environment.NOT_RECORDED);
    }

    @Test
    void keptReRunsAreNotRendered() throws IOException {
        var results = Files.readString(bench("RESULTS.md"));
        run("h2", 6, 9).writeTo(chapter);
        Rerun.keep(chapter);
        deleteTree(chapter.resolve("target"));

        var outcome = ChapterReport.run(chapter);

        assertThat(outcome.changed()).isEmpty();
        assertThat(outcome.stale()).isEmpty();
        assertThat(bench("RESULTS.md")).hasContent(results);
        assertThat(results).contains("| 10.0 ± 0.10 |").doesNotContain("6.00");
    }

    private List<String> keepRerun(String chapter) {
        var bytes = new ByteArrayOutputStream();
        BenchReport.keepRerun(List.of(chapter), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (var path :
                    paths.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
