package dev.ajp.benchreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;

/** How the approaches are named (the notes' labels) and ranked in the tables and charts. */
class LabelsAndRankTest {

    private static final String LOAD = "dev.ajp.eagerloading.EagerLoadingBenchmark.load";

    enum Approach {
        HIBERNATE_LAZY,
        HIBERNATE_JOIN_FETCH,
        JDBI_REDUCE_ROWS
    }

    @TempDir
    Path chapter;

    @BeforeEach
    void writeReadme() throws IOException {
        Files.writeString(chapter.resolve("README.md"), "# Chapter\n");
    }

    /** Three approaches, two of them labelled by the run's notes; each time is Jdbi's times 1, 2 or 4. */
    private void writeLabelledRun() throws IOException {
        JmhJson.on("h2")
                .label(Approach.HIBERNATE_LAZY, "Hibernate/lazy")
                .label(Approach.JDBI_REDUCE_ROWS, "Jdbi/reduceRows")
                .result(LOAD, 2.0, 0.1, "ms/op", "approach", Approach.HIBERNATE_LAZY, "students", 100)
                .result(LOAD, 1.0, 0.1, "ms/op", "approach", Approach.HIBERNATE_JOIN_FETCH, "students", 100)
                .result(LOAD, 0.5, 0.05, "ms/op", "approach", Approach.JDBI_REDUCE_ROWS, "students", 100)
                .writeTo(chapter);
    }

    @Test
    void theTableNamesEachApproachByItsLabelAndAnUnlabelledOneByItsValue() throws IOException {
        writeLabelledRun();

        ChapterReport.run(chapter);

        assertThat(section()).contains("""
                | Jdbi/reduceRows | 1 | 100 | 0.500 ± 0.050 | ms/op |
                | HIBERNATE_JOIN_FETCH | 2 | 100 | 1.00 ± 0.10 | ms/op |
                | Hibernate/lazy | 3 | 100 | 2.00 ± 0.10 | ms/op |
                """);
    }

    @Test
    void theChartNamesTheBarsByTheLabelsAndTheLegendNamesTheFrameworksOnly() throws Exception {
        writeLabelledRun();

        ChapterReport.run(chapter);

        var texts = svgTexts(chapter.resolve("bench/EagerLoadingBenchmark.load-h2.svg"));
        assertThat(texts)
                .contains("2.00  Hibernate/lazy", "0.500  Jdbi/reduceRows", "1.00  HIBERNATE_JOIN_FETCH")
                .contains("Hibernate", "Jdbi")
                .doesNotContain("Hibernate/lazy", "Jdbi/reduceRows", "HIBERNATE_JOIN_FETCH", "JDBC", "EclipseLink")
                .noneMatch(text -> text.contains("HIBERNATE_LAZY") || text.contains("JDBI_REDUCE_ROWS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jdbi/reduceRows", "JDBI_REDUCE_ROWS"})
    void theBaselineMayBeNamedByItsLabelOrItsValueAndIsShownByItsLabel(String baseline) throws IOException {
        writeLabelledRun();
        Files.createDirectories(chapter.resolve("bench"));
        Files.writeString(chapter.resolve("bench/report.properties"), "baseline=" + baseline + "\n");

        ChapterReport.run(chapter);

        assertThat(section())
                .contains("| approach | rank | students | time per op ± error (99.9%) | unit | × Jdbi/reduceRows |")
                .contains("| Jdbi/reduceRows | 1 | 100 | 0.500 ± 0.050 | ms/op | 1.00 |")
                .contains("| HIBERNATE_JOIN_FETCH | 2 | 100 | 1.00 ± 0.10 | ms/op | 2.00 |")
                .contains("| Hibernate/lazy | 3 | 100 | 2.00 ± 0.10 | ms/op | 4.00 |");
    }

    @Test
    void aBaselineThatIsNoApproachFailsListingTheApproachesAsShown() throws IOException {
        writeLabelledRun();
        Files.createDirectories(chapter.resolve("bench"));
        Files.writeString(chapter.resolve("bench/report.properties"), "baseline=Jdbi\n");

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("baseline=Jdbi")
                .hasMessageContaining("[HIBERNATE_JOIN_FETCH, Hibernate/lazy, Jdbi/reduceRows]");
    }

    /**
     * Six approaches at 100 students, by their 99.9% intervals: A [0.90, 1.10] and B [1.05, 1.25] overlap; C [1.90,
     * 2.10] lies above both; W [1.05, 3.05] is wide and overlaps A, B and C; D has no error; E [4.50, 5.50] lies
     * above A, B, C and W, and above D's score too, which does not count. At 1,000 students, another group.
     */
    @Test
    void theRankCountsTheApproachesFasterBeyondBothErrorBarsWithinTheSameSize() throws IOException {
        JmhJson.on("h2")
                .result(LOAD, 1.00, 0.10, "ms/op", "approach", "A", "students", 100)
                .result(LOAD, 1.15, 0.10, "ms/op", "approach", "B", "students", 100)
                .result(LOAD, 2.00, 0.10, "ms/op", "approach", "C", "students", 100)
                .result(LOAD, 2.05, 1.00, "ms/op", "approach", "W", "students", 100)
                .result(LOAD, 3.00, "NaN", "ms/op", "approach", "D", "students", 100)
                .result(LOAD, 5.00, 0.50, "ms/op", "approach", "E", "students", 100)
                .result(LOAD, 10.0, 0.10, "ms/op", "approach", "A", "students", 1000)
                .result(LOAD, 1.00, 0.10, "ms/op", "approach", "C", "students", 1000)
                .writeTo(chapter);

        ChapterReport.run(chapter);

        assertThat(section()).contains("""
                | approach | rank | students | time per op ± error (99.9%) | unit |
                | --- | --: | --: | --: | --- |
                | A | 1 | 100 | 1.00 ± 0.10 | ms/op |
                | B | 1 | 100 | 1.15 ± 0.10 | ms/op |
                | C | 3 | 100 | 2.00 ± 0.10 | ms/op |
                | W | 1 | 100 | 2.05 ± 1.0 | ms/op |
                | D | – | 100 | 3.00 | ms/op |
                | E | 5 | 100 | 5.00 ± 0.50 | ms/op |
                | C | 1 | 1,000 | 1.00 ± 0.10 | ms/op |
                | A | 2 | 1,000 | 10.0 ± 0.10 | ms/op |

                """ + MarkdownReport.RANK_NOTE + MarkdownReport.NO_RANK_NOTE + "\n");
    }

    enum Autosave {
        NEVER,
        ALWAYS,
        CONSERVATIVE
    }

    /**
     * A benchmark with no {@code approach} parameter and one other besides its size: that parameter names the
     * approaches, by their labels, and they are ranked against each other. NEVER [0.9, 1.1] and CONSERVATIVE [1.0,
     * 1.2] overlap; ALWAYS [1.35, 1.45] lies above both.
     */
    @Test
    void theOnlyParameterBesidesTheSizeIsTheApproachWhenThereIsNoApproachParameter() throws IOException {
        var insert = "dev.ajp.transactions.PostgresAutosaveBenchmark.insertEachRowAlone";
        JmhJson.on("postgres")
                .label(Autosave.NEVER, "never")
                .label(Autosave.ALWAYS, "always")
                .result(insert, 1.00, 0.10, "ms/op", "autosave", Autosave.NEVER, "rows", 1000)
                .result(insert, 1.40, 0.05, "ms/op", "autosave", Autosave.ALWAYS, "rows", 1000)
                .result(insert, 1.10, 0.10, "ms/op", "autosave", Autosave.CONSERVATIVE, "rows", 1000)
                .writeTo(chapter);

        ChapterReport.run(chapter);

        assertThat(section()).contains("""
                | approach | rank | rows | time per op ± error (99.9%) | unit |
                | --- | --: | --: | --: | --- |
                | never | 1 | 1,000 | 1.00 ± 0.10 | ms/op |
                | CONSERVATIVE | 1 | 1,000 | 1.10 ± 0.10 | ms/op |
                | always | 3 | 1,000 | 1.40 ± 0.050 | ms/op |
                """);
    }

    @Test
    void intervalsThatOnlyTouchDoNotSeparateTwoApproaches() {
        var group = List.of(result(1.0, 0.5), result(2.0, 0.5), result(2.0, 0.25));

        // [0.5, 1.5] and [1.5, 2.5] touch: neither lies below the other; [1.75, 2.25] lies above [0.5, 1.5]
        assertThat(group.stream().map(r -> BenchmarkTable.rank(r, group))).containsExactly(1, 1, 2);
    }

    private static JmhResult result(double score, double error) {
        return new JmhResult(
                LOAD,
                "avgt",
                Map.of(),
                score,
                error,
                "ms/op",
                new JmhResult.Jvm("17", "vm", "17", List.of()),
                new JmhResult.RunSettings("1.37", 1, 1, 1, "1 s", 2, "1 s"));
    }

    private static List<String> svgTexts(Path svg) throws Exception {
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(Files.readString(svg))));
        var texts = new ArrayList<String>();
        var nodes = document.getElementsByTagName("text");
        for (var i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** The text between the markers of bench/RESULTS.md. */
    private String section() throws IOException {
        var text = Files.readString(chapter.resolve("bench/RESULTS.md"));
        return text.substring(text.indexOf("<!-- bench:begin -->"), text.indexOf("<!-- bench:end -->"));
    }
}
