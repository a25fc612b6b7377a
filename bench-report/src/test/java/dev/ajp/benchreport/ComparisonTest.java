package dev.ajp.benchreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --compare}: a committed run (A, in {@code bench/}) against a re-run (B, in {@code target/}), both written
 * here as small JMH result files with their notes. The times of B are about half of A's, as on a faster machine;
 * what matters is the ratios to the JDBC batch of the same run and the ranks.
 */
class ComparisonTest {

    private static final String INSERT = "dev.ajp.bulkinsert.BulkInsertBenchmark.insert";

    @TempDir
    Path chapter;

    private Path a;
    private Path b;

    private static JmhJson labelled(JmhJson json) {
        return json.note("label.JDBC_BATCH", "JDBC batch")
                .note("label.JDBI_BATCH", "Jdbi PreparedBatch")
                .note("label.HIBERNATE_BATCHED", "Hibernate batched persist")
                .note("label.ECLIPSELINK_BATCHED", "EclipseLink batch writing");
    }

    /**
     * A: JDBC 10 ± 0.5, Jdbi 15 ± 0.5, EclipseLink 20 ± 1, Hibernate 30 ± 1 (no interval overlaps another: ranks 1, 2,
     * 3, 4). B: JDBC 5 ± 0.2, Jdbi 7.5 ± 0.2 (the same ratio, 1.5), Hibernate 12 ± 0.5 (ratio 3.0 → 2.4, -20%),
     * EclipseLink 14 ± 0.5 (ratio 2.0 → 2.8, +40%): Hibernate and EclipseLink swap ranks 3 and 4.
     */
    @BeforeEach
    void writeRuns() throws IOException {
        var runA = labelled(JmhJson.on("h2"))
                .result(INSERT, 10.0, 0.5, "ms/op", "approach", "JDBC_BATCH", "rows", 1000)
                .result(INSERT, 15.0, 0.5, "ms/op", "approach", "JDBI_BATCH", "rows", 1000)
                .result(INSERT, 20.0, 1.0, "ms/op", "approach", "ECLIPSELINK_BATCHED", "rows", 1000)
                .result(INSERT, 30.0, 1.0, "ms/op", "approach", "HIBERNATE_BATCHED", "rows", 1000);
        var bench = Files.createDirectories(chapter.resolve("bench"));
        a = bench.resolve("jmh-result-h2.json");
        Files.writeString(a, runA.json());
        Files.writeString(bench.resolve("notes-h2.properties"), runA.notesText());
        Files.writeString(bench.resolve("report.properties"), "baseline=JDBC batch\n");
        b = labelled(JmhJson.on("h2"))
                .result(INSERT, 5.0, 0.2, "ms/op", "approach", "JDBC_BATCH", "rows", 1000)
                .result(INSERT, 7.5, 0.2, "ms/op", "approach", "JDBI_BATCH", "rows", 1000)
                .result(INSERT, 14.0, 0.5, "ms/op", "approach", "ECLIPSELINK_BATCHED", "rows", 1000)
                .result(INSERT, 12.0, 0.5, "ms/op", "approach", "HIBERNATE_BATCHED", "rows", 1000)
                .writeTo(chapter);
    }

    @Test
    void eachApproachHasItsRatioToTheBaselineInBothRunsTheChangeAndBothRanks() {
        var text = Comparison.of(a, b, null);

        assertThat(text).contains("""
                `BulkInsertBenchmark.insert`, 1,000 rows

                | approach | time A | time B | × JDBC batch A | × JDBC batch B | ratio change | rank A | rank B |
                | --- | --: | --: | --: | --: | --: | --: | --: |
                | JDBC batch | 10.0 ± 0.50 ms/op | 5.00 ± 0.20 ms/op | 1.00 | 1.00 | 0% | 1 | 1 |
                | Jdbi PreparedBatch | 15.0 ± 0.50 ms/op | 7.50 ± 0.20 ms/op | 1.50 | 1.50 | 0% | 2 | 2 |
                | Hibernate batched persist | 30.0 ± 1.0 ms/op | 12.0 ± 0.50 ms/op | 3.00 | 2.40 | -20% | 4 | 3 |
                | EclipseLink batch writing | 20.0 ± 1.0 ms/op | 14.0 ± 0.50 ms/op | 2.00 | 2.80 | +40% | 3 | 4 |

                Changed rank: Hibernate batched persist (4 → 3), EclipseLink batch writing (3 → 4).
                """);
        assertThat(text).endsWith("\nIn all: 2 approaches changed rank.\n");
    }

    /** Two runs print what they printed before more than two could be compared, to the character. */
    @Test
    void twoRunsPrintTheTwoRunTableAndNothingElse() throws IOException {
        environment(a.resolveSibling("environment-h2.properties"), "2026-03-04 05:06 UTC", "Test CPU A");
        environment(b.resolveSibling("environment-h2.properties"), "2026-12-01 10:20 UTC", "Test CPU B");

        var text = Comparison.of(a, b, null);

        assertThat(text)
                .isEqualTo("Comparing two runs: each time as a ratio to the baseline measured in the same run,"
                        + " at the same size and setting, and each approach's rank in both (1 + the approaches faster beyond"
                        + " both error bars, 99.9%; equal ranks are not told apart).\n"
                        + "\n"
                        + "- A: `" + a + "`. " + described("2026-03-04 05:06 UTC", "Test CPU A") + "\n"
                        + "- B: `" + b + "`. " + described("2026-12-01 10:20 UTC", "Test CPU B") + "\n"
                        + "\n"
                        + "Baseline: JDBC batch (the chapter's, from " + chapter.resolve("bench/report.properties")
                        + ").\n"
                        + "\n"
                        + "`BulkInsertBenchmark.insert`, 1,000 rows\n"
                        + "\n"
                        + "| approach | time A | time B | × JDBC batch A | × JDBC batch B | ratio change | rank A | rank B |\n"
                        + "| --- | --: | --: | --: | --: | --: | --: | --: |\n"
                        + "| JDBC batch | 10.0 ± 0.50 ms/op | 5.00 ± 0.20 ms/op | 1.00 | 1.00 | 0% | 1 | 1 |\n"
                        + "| Jdbi PreparedBatch | 15.0 ± 0.50 ms/op | 7.50 ± 0.20 ms/op | 1.50 | 1.50 | 0% | 2 | 2 |\n"
                        + "| Hibernate batched persist | 30.0 ± 1.0 ms/op | 12.0 ± 0.50 ms/op | 3.00 | 2.40 | -20% | 4 | 3 |\n"
                        + "| EclipseLink batch writing | 20.0 ± 1.0 ms/op | 14.0 ± 0.50 ms/op | 2.00 | 2.80 | +40% | 3 | 4 |\n"
                        + "\n"
                        + "Changed rank: Hibernate batched persist (4 → 3), EclipseLink batch writing (3 → 4).\n"
                        + "\n"
                        + "In all: 2 approaches changed rank.\n");
    }

    @Test
    void theBaselineIsTheChaptersFromItsReportPropertiesAndBothRunsAreDescribed() {
        var text = Comparison.of(a, b, null);

        assertThat(text)
                .contains("Baseline: JDBC batch (the chapter's, from " + chapter.resolve("bench/report.properties")
                        + ").")
                .contains("- A: `" + a + "`. Measured on a machine that was not recorded; JDK 17.0.15")
                .contains("- B: `" + b + "`. Measured ")
                .contains("JMH 1.37, 2 forks, 5 warm-up iterations of 1 s, 10 measured iterations of 1 s, 1 thread.")
                .doesNotContain("not a full run");
    }

    @Test
    void anotherBaselineMayBeNamedByItsLabelOrItsValue() {
        for (var baseline : List.of("Jdbi PreparedBatch", "JDBI_BATCH")) {
            var text = Comparison.of(a, b, baseline);

            // JDBC: 10 / 15 and 5 / 7.5; Hibernate: 30 / 15 = 2.00 and 12 / 7.5 = 1.60
            assertThat(text)
                    .contains("Baseline: Jdbi PreparedBatch (given with --baseline).")
                    .contains("| approach | time A | time B | × Jdbi PreparedBatch A | × Jdbi PreparedBatch B |")
                    .contains("| JDBC batch | 10.0 ± 0.50 ms/op | 5.00 ± 0.20 ms/op | 0.667 | 0.667 | 0% | 1 | 1 |")
                    .contains(
                            "| Hibernate batched persist | 30.0 ± 1.0 ms/op | 12.0 ± 0.50 ms/op | 2.00 | 1.60 | -20% |");
        }
    }

    @Test
    void aBaselineThatIsNoApproachFailsListingTheApproaches() {
        assertThatThrownBy(() -> Comparison.of(a, b, "JDBC"))
                .isInstanceOf(ReportException.class)
                .hasMessage("the baseline JDBC (given with --baseline) is not an approach of " + a + "; it has "
                        + "[EclipseLink batch writing, Hibernate batched persist, JDBC batch, Jdbi PreparedBatch]. Name "
                        + "one with --baseline \"<approach>\"");
    }

    @Test
    void withoutAConfiguredBaselineEachGroupIsComparedWithTheApproachFastestInA() throws IOException {
        Files.delete(chapter.resolve("bench/report.properties"));

        var text = Comparison.of(a, b, null);

        assertThat(text)
                .contains("Baseline: none configured, so in each group the approach that was fastest in A.")
                .contains("| approach | time A | time B | × JDBC batch A | × JDBC batch B |")
                .contains("| EclipseLink batch writing | 20.0 ± 1.0 ms/op | 14.0 ± 0.50 ms/op | 2.00 | 2.80 | +40% |");
    }

    @Test
    void approachesAreMatchedByTheirValuesWhenOneRunHasNoNotes() throws IOException {
        Files.delete(chapter.resolve("bench/notes-h2.properties"));

        var text = Comparison.of(a, b, null);

        assertThat(text)
                .contains("| Jdbi PreparedBatch | 15.0 ± 0.50 ms/op | 7.50 ± 0.20 ms/op | 1.50 | 1.50 | 0% | 2 | 2 |")
                .doesNotContain("JDBI_BATCH");
    }

    @Test
    void anApproachOrASizeMeasuredInOneRunOnlyIsShownWithDashes() throws IOException {
        labelled(JmhJson.on("h2"))
                .note("label.JDBI_PER_ROW", "Jdbi execute per row")
                .result(INSERT, 5.0, 0.2, "ms/op", "approach", "JDBC_BATCH", "rows", 1000)
                .result(INSERT, 40.0, 2.0, "ms/op", "approach", "JDBI_PER_ROW", "rows", 1000)
                .result(INSERT, 50.0, 2.0, "ms/op", "approach", "JDBC_BATCH", "rows", 10000)
                .writeTo(chapter);

        var text = Comparison.of(a, b, null);

        assertThat(text)
                // at 1,000 rows both runs measured the JDBC batch alone, so only it is ranked
                .contains("| Jdbi execute per row | – | 40.0 ± 2.0 ms/op | – | 8.00 | – | – | – |")
                .contains("| Hibernate batched persist | 30.0 ± 1.0 ms/op | – | 3.00 | – | – | – | – |")
                .contains("| JDBC batch | 10.0 ± 0.50 ms/op | 5.00 ± 0.20 ms/op | 1.00 | 1.00 | 0% | 1 | 1 |")
                .contains("No approach changed rank; measured in A only: Jdbi PreparedBatch, EclipseLink batch "
                        + "writing, Hibernate batched persist; measured in B only: Jdbi execute per row. Ranks count "
                        + "only the 1 approach both runs measured.\n")
                .contains("`BulkInsertBenchmark.insert`, 10,000 rows\n")
                .contains("| JDBC batch | – | 50.0 ± 2.0 ms/op | – | 1.00 | – | – | 1 |")
                .endsWith("\nIn all: no approach changed rank.\n");
    }

    @Test
    void aQuickRunMayBeComparedAndIsSaidToBeOne() throws IOException {
        labelled(JmhJson.on("h2"))
                .quick()
                .result(INSERT, 5.0, 1.0, "ms/op", "approach", "JDBC_BATCH", "rows", 1000)
                .writeTo(chapter);

        assertThat(Comparison.of(a, b, null))
                .contains("B is not a full run (1 fork, 3 warm-up iterations of 200 ms, 3 measured iterations of "
                        + "200 ms; a full run is 2 forks, 5 warm-up iterations of 1 s, 10 measured iterations of 1 s): "
                        + "its error bars are wider and its ranks coarser.");
    }

    @Test
    void theCommandTakesTwoFilesAndAnOptionalBaseline() {
        assertThat(compare(a.toString(), b.toString(), "--baseline", "Jdbi PreparedBatch"))
                .contains("Baseline: Jdbi PreparedBatch (given with --baseline).");
        assertThat(compare(a.toString(), "--baseline=JDBI_BATCH", b.toString()))
                .contains("Baseline: Jdbi PreparedBatch (given with --baseline).");
        assertThatThrownBy(() -> compare(a.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--compare takes two or more result files, got 1");
        assertThatThrownBy(() -> compare(a.toString(), b.toString(), "--baseline"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--baseline needs an approach, by label or value");
        assertThatThrownBy(() -> compare(a.toString(), b.toString(), "--base=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option --base=x");
        assertThatThrownBy(() ->
                        compare(a.toString(), chapter.resolve("nothing.json").toString()))
                .isInstanceOf(ReportException.class)
                .hasMessageStartingWith("no result file ");
    }

    /** An environment file as an import writes one, with a date and processor of the test's choosing. */
    static void environment(Path file, String date, String cpu) throws IOException {
        Files.writeString(
                file,
                "date=" + date + "\n"
                        + "database=H2 2.5.252 (2025-01-01); JDBC driver\\: H2 JDBC Driver 2.5.252 (2025-01-01)\n"
                        + "jdk=17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6)\n"
                        + "jmh=JMH 1.37, 2 forks, 5 warm-up iterations of 1 s, 10 measured iterations of 1 s, 1 thread\n"
                        + "machine.cpu=" + cpu + "\n"
                        + "machine.cpus=2\n"
                        + "machine.memory=7.8 GiB\n"
                        + "machine.os=Debian GNU/Linux 12\n");
    }

    /** The sentence {@link #environment} gives, as the header of a comparison shows it. */
    static String described(String date, String cpu) {
        return "Measured " + date + " on " + cpu + " (2 CPUs, 7.8 GiB RAM), Debian GNU/Linux 12; JDK 17.0.15 (OpenJDK"
                + " 64-Bit Server VM 17.0.15+6); H2 2.5.252 (2025-01-01); JDBC driver: H2 JDBC Driver 2.5.252"
                + " (2025-01-01); JMH 1.37, 2 forks, 5 warm-up iterations of 1 s, 10 measured iterations of 1 s, 1"
                + " thread.";
    }

    private static String compare(String... args) {
        var bytes = new ByteArrayOutputStream();
        BenchReport.compare(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
