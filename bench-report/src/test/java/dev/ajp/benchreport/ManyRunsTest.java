package dev.ajp.benchreport;

import static dev.ajp.benchreport.ComparisonTest.described;
import static dev.ajp.benchreport.ComparisonTest.environment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --compare} of three or more runs: the committed run (A, in {@code bench/}) and re-runs kept in
 * {@code bench/reruns/h2-<n>/} (B, C, D), each written here with its notes and an environment of the test's choosing.
 * Every expected ratio, median and spread below is worked out by hand from the times in the comments.
 */
class ManyRunsTest {

    private static final String INSERT = "dev.ajp.bulkinsert.BulkInsertBenchmark.insert";

    @TempDir
    Path chapter;

    private Path a;
    private Path b;
    private Path c;

    private static JmhJson labelled() {
        return JmhJson.on("h2")
                .note("label.JDBC_BATCH", "JDBC batch")
                .note("label.JDBI_BATCH", "Jdbi PreparedBatch")
                .note("label.JDBI_PER_ROW", "Jdbi execute per row")
                .note("label.HIBERNATE_BATCHED", "Hibernate batched persist")
                .note("label.ECLIPSELINK_BATCHED", "EclipseLink batch writing");
    }

    /** A run of the four approaches at 1,000 rows, each time with its error. */
    private static JmhJson run(double jdbc, double jdbi, double eclipseLink, double hibernate, double error) {
        return labelled()
                .result(INSERT, jdbc, error, "ms/op", "approach", "JDBC_BATCH", "rows", 1000)
                .result(INSERT, jdbi, error, "ms/op", "approach", "JDBI_BATCH", "rows", 1000)
                .result(INSERT, eclipseLink, 2 * error, "ms/op", "approach", "ECLIPSELINK_BATCHED", "rows", 1000)
                .result(INSERT, hibernate, 2 * error, "ms/op", "approach", "HIBERNATE_BATCHED", "rows", 1000);
    }

    /** Writes a run with its notes and environment into a directory, as the import or --keep-rerun leaves it. */
    private static Path write(Path directory, JmhJson run, String date, String cpu) throws IOException {
        Files.createDirectories(directory);
        var file = directory.resolve("jmh-result-h2.json");
        Files.writeString(file, run.json());
        Files.writeString(directory.resolve("notes-h2.properties"), run.notesText());
        environment(directory.resolve("environment-h2.properties"), date, cpu);
        return file;
    }

    private Path kept(int n) {
        return chapter.resolve("bench/reruns/h2-" + n);
    }

    /**
     * A: JDBC 10 ± 0.25, Jdbi 15 ± 0.25, EclipseLink 20 ± 0.5, Hibernate 30 ± 0.5: ratios 1, 1.5, 2, 3; no interval
     * overlaps another, ranks 1, 2, 3, 4. B: 5, 7.5, 14, 12 (± 0.1, 0.2): ratios 1, 1.5, 2.8, 2.4, ranks 1, 2, 4, 3.
     * C: 8, 12.4, 18, 20 (± 0.2, 0.4): ratios 1, 1.55, 2.25, 2.5, ranks 1, 2, 3, 4.
     */
    @BeforeEach
    void writeRuns() throws IOException {
        a = write(chapter.resolve("bench"), run(10, 15, 20, 30, 0.25), "2026-03-04 05:06 UTC", "CPU of A");
        Files.writeString(chapter.resolve("bench/report.properties"), "baseline=JDBC batch\n");
        b = write(kept(1), run(5, 7.5, 14, 12, 0.1), "2026-12-01 10:20 UTC", "CPU of B");
        c = write(kept(2), run(8, 12.4, 18, 20, 0.2), "2026-12-02 11:30 UTC", "CPU of C");
    }

    @Test
    void threeRunsGiveEachRunsRatioTheirMedianAndSpreadAndEachRunsRank() {
        var text = Comparison.of(List.of(a, b, c), null);

        // medians: JDBC 1; Jdbi of 1.5, 1.5, 1.55: 1.5; EclipseLink of 2, 2.25, 2.8: 2.25; Hibernate of 2.4, 2.5, 3:
        // 2.5
        // spreads: Jdbi 0.05 / 1.5 = 3.3%; EclipseLink 0.8 / 2.25 = 35.6%; Hibernate 0.6 / 2.5 = 24%
        assertThat(text).contains("""
                `BulkInsertBenchmark.insert`, 1,000 rows

                | approach | × JDBC batch A | × JDBC batch B | × JDBC batch C | median | spread | rank A | rank B | rank C |
                | --- | --: | --: | --: | --: | --: | --: | --: | --: |
                | JDBC batch | 1.00 | 1.00 | 1.00 | 1.00 | 1.00–1.00 (0%) | 1 | 1 | 1 |
                | Jdbi PreparedBatch | 1.50 | 1.50 | 1.55 | 1.50 | 1.50–1.55 (3.3%) | 2 | 2 | 2 |
                | EclipseLink batch writing | 2.00 | 2.80 | 2.25 | 2.25 | 2.00–2.80 (36%) | 3 | 4 | 3 |
                | Hibernate batched persist | 3.00 | 2.40 | 2.50 | 2.50 | 2.40–3.00 (24%) | 4 | 3 | 4 |

                Rank differs between runs: EclipseLink batch writing (A 3, B 4, C 3), Hibernate batched persist (A 4, \
                B 3, C 4).
                """);
        assertThat(text).endsWith("\nIn all: 2 approaches had different ranks in different runs.\n");
        assertThat(text).doesNotContain("time A").doesNotContain("ratio change");
    }

    @Test
    void theHeaderSaysWhereAndHowEachRunWasMeasuredFromTheEnvironmentNextToIt() {
        var text = Comparison.of(List.of(a, b, c), null);

        assertThat(text)
                .startsWith("Comparing 3 runs: each time as a ratio to the baseline measured in the same run, at the "
                        + "same size and setting; per approach the median of its ratios, their spread")
                .contains("\n\n- A: `" + a + "`. " + described("2026-03-04 05:06 UTC", "CPU of A") + "\n"
                        + "- B: `" + b + "`. " + described("2026-12-01 10:20 UTC", "CPU of B") + "\n"
                        + "- C: `" + c + "`. " + described("2026-12-02 11:30 UTC", "CPU of C") + "\n\n")
                // a kept re-run finds the chapter's report.properties two directories up
                .contains("Baseline: JDBC batch (the chapter's, from " + chapter.resolve("bench/report.properties")
                        + ").")
                .doesNotContain("not a full run");
    }

    @Test
    void fourRunsTakeTheMeanOfTheMiddleTwoAsTheMedian() throws IOException {
        // D: 10, 15, 20, 25 (± 0.25, 0.5): ratios 1, 1.5, 2, 2.5, ranks 1, 2, 3, 4
        var d = write(kept(3), run(10, 15, 20, 25, 0.25), "2026-12-03 12:40 UTC", "CPU of D");

        var text = Comparison.of(List.of(a, b, c, d), null);

        // EclipseLink: 2, 2.8, 2.25, 2 sorted 2, 2, 2.25, 2.8: (2 + 2.25) / 2 = 2.125, written 2.12 (half to even);
        // spread 0.8 / 2.125 = 37.6%. Hibernate: 2.4, 2.5, 2.5, 3: 2.5, spread 0.6 / 2.5 = 24%
        assertThat(text)
                .contains("| approach | × JDBC batch A | × JDBC batch B | × JDBC batch C | × JDBC batch D | median | "
                        + "spread | rank A | rank B | rank C | rank D |\n"
                        + "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |\n")
                .contains(
                        "| EclipseLink batch writing | 2.00 | 2.80 | 2.25 | 2.00 | 2.12 | 2.00–2.80 (38%) | 3 | 4 | 3 "
                                + "| 3 |\n")
                .contains(
                        "| Hibernate batched persist | 3.00 | 2.40 | 2.50 | 2.50 | 2.50 | 2.40–3.00 (24%) | 4 | 3 | 4 "
                                + "| 4 |\n")
                .contains("Rank differs between runs: EclipseLink batch writing (A 3, B 4, C 3, D 3), Hibernate "
                        + "batched persist (A 4, B 3, C 4, D 4).");
    }

    @Test
    void theMedianOfAnEvenNumberIsTheMeanOfTheMiddleTwoAndUnmeasuredRunsAreLeftOut() {
        assertThat(Comparison.median(Arrays.asList(1.2, null, 1.0, 1.6, 1.4))).isCloseTo(1.3, within(1e-12));
        assertThat(Comparison.median(Arrays.asList(2.0, 1.0, 3.0))).isEqualTo(2.0);
        assertThat(Comparison.median(Arrays.asList(null, null, null))).isNull();
        assertThat(Comparison.spread(Arrays.asList(1.0, 1.5, null), 1.25)).isEqualTo("1.00–1.50 (40%)");
        assertThat(Comparison.spread(Arrays.asList(1.0, null, null), 1.0)).isEqualTo("–");
    }

    @Test
    void anApproachMeasuredInSomeRunsOnlyHasDashesAndTheRanksCountOnlyTheApproachesEveryRunMeasured()
            throws IOException {
        // C without Hibernate and with Jdbi per row, 40 ± 1: ratio 5. The three approaches of every run are ranked
        // among themselves: EclipseLink is third in A, B and C alike (fourth in B among all four, behind Hibernate)
        c = write(
                kept(2),
                labelled()
                        .result(INSERT, 8.0, 0.2, "ms/op", "approach", "JDBC_BATCH", "rows", 1000)
                        .result(INSERT, 12.4, 0.2, "ms/op", "approach", "JDBI_BATCH", "rows", 1000)
                        .result(INSERT, 18.0, 0.4, "ms/op", "approach", "ECLIPSELINK_BATCHED", "rows", 1000)
                        .result(INSERT, 40.0, 1.0, "ms/op", "approach", "JDBI_PER_ROW", "rows", 1000),
                "2026-12-02 11:30 UTC",
                "CPU of C");

        var text = Comparison.of(List.of(a, b, c), null);

        // Hibernate: median of 3 and 2.4 is 2.7, spread 0.6 / 2.7 = 22%; Jdbi per row: one ratio, no spread
        assertThat(text)
                .contains("| EclipseLink batch writing | 2.00 | 2.80 | 2.25 | 2.25 | 2.00–2.80 (36%) | 3 | 3 | 3 |\n")
                .contains("| Hibernate batched persist | 3.00 | 2.40 | – | 2.70 | 2.40–3.00 (22%) | – | – | – |\n"
                        + "| Jdbi execute per row | – | – | 5.00 | 5.00 | – | – | – | – |\n")
                .contains("Every approach had the same rank in every run; not measured in every run: Hibernate "
                        + "batched persist (not in C), Jdbi execute per row (not in A, B). Ranks count only the 3 "
                        + "approaches every run measured.\n")
                .endsWith("\nIn all: every approach had the same rank in every run.\n");
    }

    @Test
    void withoutAConfiguredBaselineEachRunIsComparedWithTheApproachFastestInA() throws IOException {
        Files.delete(chapter.resolve("bench/report.properties"));

        var text = Comparison.of(List.of(a, b, c), null);

        assertThat(text)
                .contains("Baseline: none configured, so in each group the approach that was fastest in A.")
                .contains("| EclipseLink batch writing | 2.00 | 2.80 | 2.25 | 2.25 | 2.00–2.80 (36%) | 3 | 4 | 3 |");
    }

    @Test
    void aNamedBaselineDividesEveryRunByIt() {
        var text = Comparison.of(List.of(a, b, c), "Jdbi PreparedBatch");

        // JDBC: 10 / 15, 5 / 7.5, 8 / 12.4 = 0.645; median 0.667, spread (0.6667 - 0.6452) / 0.6667 = 3.2%
        assertThat(text)
                .contains("Baseline: Jdbi PreparedBatch (given with --baseline).")
                .contains("| JDBC batch | 0.667 | 0.667 | 0.645 | 0.667 | 0.645–0.667 (3.2%) | 1 | 1 | 1 |");
    }

    @Test
    void aQuickRunAmongThemIsNamed() throws IOException {
        c = write(
                kept(2),
                labelled().quick().result(INSERT, 8.0, 0.2, "ms/op", "approach", "JDBC_BATCH", "rows", 1000),
                "2026-12-02 11:30 UTC",
                "CPU of C");

        assertThat(Comparison.of(List.of(a, b, c), null))
                .contains("\nC is not a full run (1 fork, 3 warm-up iterations of 200 ms, 3 measured iterations of "
                        + "200 ms; a full run is 2 forks, 5 warm-up iterations of 1 s, 10 measured iterations of 1 s): "
                        + "its error bars are wider and its ranks coarser.\n");
    }

    @Test
    void theCommandTakesTwoToTwentySixFiles() {
        assertThat(compare(a.toString(), b.toString(), c.toString(), "--baseline", "JDBI_BATCH"))
                .startsWith("Comparing 3 runs: ")
                .contains("Baseline: Jdbi PreparedBatch (given with --baseline).");
        var many = new ArrayList<>(Collections.nCopies(27, a.toString()));
        assertThatThrownBy(() -> compare(many.toArray(String[]::new)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--compare takes at most 26 result files (A to Z), got 27");
        assertThat(compare(Collections.nCopies(26, a.toString()).toArray(String[]::new)))
                .startsWith("Comparing 26 runs: ")
                .contains("- Z: `" + a + "`.")
                .endsWith("\nIn all: every approach had the same rank in every run.\n");
    }

    private static String compare(String... args) {
        var bytes = new ByteArrayOutputStream();
        BenchReport.compare(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
