package dev.ajp.benchreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xml.sax.InputSource;

class ChapterReportTest {

    private static final String INSERT = "dev.ajp.bulkinsert.BulkInsertBenchmark.insert";
    private static final String BEFORE = "# Chapter 02\n\nSome prose.\n\n## Measured\n\nWhat the numbers mean.\n\n";
    private static final String README = "# Bulk insert, three ways\n\nThe lesson.\n";
    private static final String AFTER = "\nMore prose after the figures.\n\n| a | b |\n|---|---|\n";

    @TempDir
    Path chapter;

    private Path resultsFile;

    @BeforeEach
    void writeResultsFile() throws IOException {
        Files.writeString(chapter.resolve("README.md"), README);
        resultsFile = chapter.resolve("bench/RESULTS.md");
        Files.createDirectories(resultsFile.getParent());
        Files.writeString(
                resultsFile, BEFORE + "<!-- bench:begin -->\nwhatever was here\n<!-- bench:end -->\n" + AFTER);
    }

    /** Three approaches at two sizes; every time below is the JdbcBatch time times 1, 2 or 4. */
    private static JmhJson insertResults(String db) {
        return JmhJson.on(db)
                .result(INSERT, 0.5, 0.02, "ms/op", "approach", "JdbcBatch", "rows", "100")
                .result(INSERT, 2.0, 0.1, "ms/op", "approach", "JdbcOneByOne", "rows", "100")
                .result(INSERT, 1.0, 0.05, "ms/op", "approach", "JpaPersist", "rows", "100")
                .result(INSERT, 4.0, 0.2, "ms/op", "approach", "JdbcBatch", "rows", "1000")
                .result(INSERT, 16.0, 0.8, "ms/op", "approach", "JdbcOneByOne", "rows", "1000")
                .result(INSERT, 8.0, 0.4, "ms/op", "approach", "JpaPersist", "rows", "1000");
    }

    private void writeSettings(String properties) throws IOException {
        Files.createDirectories(chapter.resolve("bench"));
        Files.writeString(chapter.resolve("bench/report.properties"), properties);
    }

    @Test
    void theSectionBetweenTheMarkersIsReplacedAndTheRestOfTheResultsFileAndTheReadmeAreUntouched() throws IOException {
        insertResults("h2").writeTo(chapter);

        ChapterReport.run(chapter);

        var text = Files.readString(resultsFile);
        assertThat(text).startsWith(BEFORE + "<!-- bench:begin -->\n").endsWith("<!-- bench:end -->\n" + AFTER);
        assertThat(text)
                .doesNotContain("whatever was here")
                .contains("### On H2")
                .contains("![BulkInsertBenchmark.insert on H2](BulkInsertBenchmark.insert-h2.svg)");
        assertThat(chapter.resolve("README.md")).hasContent(README);
    }

    @Test
    void aMissingResultsFileIsMadeWithTheChaptersTitleAndALinkBackToItsReadme() throws IOException {
        Files.delete(resultsFile);
        insertResults("h2").writeTo(chapter);

        var outcome = ChapterReport.run(chapter);

        assertThat(outcome.changed()).contains(resultsFile);
        var text = Files.readString(resultsFile);
        assertThat(text)
                .startsWith("# Bulk insert, three ways: every benchmark result\n\n")
                .contains("](../README.md)")
                .contains("<!-- bench:begin -->\n<!-- Generated from bench/jmh-result-*.json")
                .contains("![BulkInsertBenchmark.insert on H2](BulkInsertBenchmark.insert-h2.svg)")
                .endsWith("<!-- bench:end -->\n");
        assertThat(chapter.resolve("README.md")).hasContent(README);
        // The chart a link names lies next to the file.
        assertThat(resultsFile.resolveSibling("BulkInsertBenchmark.insert-h2.svg"))
                .exists();
    }

    @Test
    void aChapterWithoutAReadmeIsTitledByItsDirectory() throws IOException {
        Files.delete(resultsFile);
        Files.delete(chapter.resolve("README.md"));
        insertResults("h2").writeTo(chapter);

        ChapterReport.run(chapter);

        assertThat(Files.readString(resultsFile))
                .startsWith("# " + chapter.getFileName() + ": every benchmark result\n");
    }

    @Test
    void theTableListsEachResultBySizeThenFastestFirstWithRowsPerSecondAndTheRatioToTheBaseline() throws IOException {
        insertResults("h2").writeTo(chapter);
        writeSettings("baseline=JdbcBatch\nper=rows\n");

        ChapterReport.run(chapter);

        // rows/s = rows / (ms per op / 1000): 100 / 0.0005 s = 200,000; ratio = time / JdbcBatch's time
        // the intervals do not overlap, so each approach is faster than the next beyond both error bars
        assertThat(section()).contains("""
                | approach | rank | rows | time per op ± error (99.9%) | unit | rows/s | × JdbcBatch |
                | --- | --: | --: | --: | --- | --: | --: |
                | JdbcBatch | 1 | 100 | 0.500 ± 0.020 | ms/op | 200,000 | 1.00 |
                | JpaPersist | 2 | 100 | 1.00 ± 0.050 | ms/op | 100,000 | 2.00 |
                | JdbcOneByOne | 3 | 100 | 2.00 ± 0.10 | ms/op | 50,000 | 4.00 |
                | JdbcBatch | 1 | 1,000 | 4.00 ± 0.20 | ms/op | 250,000 | 1.00 |
                | JpaPersist | 2 | 1,000 | 8.00 ± 0.40 | ms/op | 125,000 | 2.00 |
                | JdbcOneByOne | 3 | 1,000 | 16.0 ± 0.80 | ms/op | 62,500 | 4.00 |

                rank: 1 + the approaches faster than this one beyond both error bars (99.9%); equal ranks are not \
                told apart by this run.
                """);
    }

    @Test
    void withoutSettingsTheTableHasNoRatioOrRateColumns() throws IOException {
        insertResults("h2").writeTo(chapter);

        ChapterReport.run(chapter);

        assertThat(section())
                .contains("| approach | rank | rows | time per op ± error (99.9%) | unit |\n")
                .contains("| JdbcBatch | 1 | 100 | 0.500 ± 0.020 | ms/op |\n");
    }

    @Test
    void aSizeWithoutABaselineResultShowsADashInsteadOfARatio() throws IOException {
        JmhJson.on("h2")
                .result(INSERT, 1.0, 0.1, "us/op", "approach", "JdbcBatch", "students", "10")
                .result(INSERT, 3.0, 0.1, "us/op", "approach", "Jdbi", "students", "10")
                .result(INSERT, 30.0, 0.1, "us/op", "approach", "Jdbi", "students", "100")
                .writeTo(chapter);
        writeSettings("baseline=JdbcBatch\nper=students\n");

        ChapterReport.run(chapter);

        // 100 students / 30 us = 3,333,333 students/s, to three significant digits
        assertThat(section())
                .contains(
                        "| approach | rank | students | time per op ± error (99.9%) | unit | students/s | × JdbcBatch |")
                .contains("| Jdbi | 2 | 10 | 3.00 ± 0.10 | us/op | 3,330,000 | 3.00 |")
                .contains("| Jdbi | 1 | 100 | 30.0 ± 0.10 | us/op | 3,330,000 | – |");
    }

    @Test
    void aBenchmarkWithoutTheBaselineIsComparedWithTheBaselineOfAnotherBenchmarkOfTheSameRun() throws IOException {
        JmhJson.on("postgres")
                .result(INSERT, 2.0, 0.1, "ms/op", "approach", "JdbcBatch", "rows", "100")
                .result(INSERT, 6.0, 0.1, "ms/op", "approach", "JdbcOneByOne", "rows", "100")
                .result(
                        "dev.ajp.bulkinsert.PostgresBulkInsertBenchmark.insert",
                        0.5,
                        0.1,
                        "ms/op",
                        "approach",
                        "Copy",
                        "rows",
                        "100")
                .writeTo(chapter);
        writeSettings("baseline=JdbcBatch\n");

        ChapterReport.run(chapter);

        assertThat(section())
                .contains("| JdbcOneByOne | 2 | 100 | 6.00 ± 0.10 | ms/op | 3.00 |")
                .contains("| Copy | 1 | 100 | 0.500 ± 0.10 | ms/op | 0.250 |");
    }

    @Test
    void theChartIsAnSvgDocumentWithTheApproachesAsText() throws Exception {
        insertResults("h2").writeTo(chapter);

        ChapterReport.run(chapter);

        var svg = Files.readString(chapter.resolve("bench/BulkInsertBenchmark.insert-h2.svg"));
        var document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        var texts = new ArrayList<String>();
        var nodes = document.getElementsByTagName("text");
        for (var i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertThat(texts)
                .contains("100 rows", "1,000 rows")
                .contains("BulkInsertBenchmark.insert on H2", "time per operation (ms/op)")
                .contains("0.500  JdbcBatch", "16.0  JdbcOneByOne", "8.00  JpaPersist");
    }

    @Test
    void renderingAgainFromTheCommittedResultsGivesIdenticalFiles() throws IOException {
        insertResults("h2").writeTo(chapter);
        insertResults("postgres").writeTo(chapter);
        writeSettings("baseline=JdbcBatch\n");
        ChapterReport.run(chapter);
        var first = snapshot();

        deleteTree(chapter.resolve("target")); // as after mvn clean
        var outcome = ChapterReport.run(chapter);

        assertThat(outcome.changed()).isEmpty();
        assertThat(snapshot()).isEqualTo(first);
        assertThat(first.keySet())
                .contains(
                        "README.md",
                        "bench/RESULTS.md",
                        "bench/jmh-result-h2.json",
                        "bench/environment-h2.properties",
                        "bench/BulkInsertBenchmark.insert-h2.svg",
                        "bench/jmh-result-postgres.json",
                        "bench/environment-postgres.properties",
                        "bench/BulkInsertBenchmark.insert-postgres.svg");
    }

    @Test
    void importCopiesTheResultsAndRecordsWhereAndWhenTheyRan() throws IOException {
        var target = insertResults("h2").writeTo(chapter);
        Files.setLastModifiedTime(target, FileTime.from(Instant.parse("2026-03-04T05:06:07Z")));

        ChapterReport.run(chapter);

        assertThat(chapter.resolve("bench/jmh-result-h2.json")).hasSameBinaryContentAs(target);
        var environment = Environment.read(chapter.resolve("bench/environment-h2.properties"));
        assertThat(environment.date()).isEqualTo("2026-03-04 05:06 UTC");
        assertThat(environment.jdk()).isEqualTo("17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6)");
        assertThat(environment.database()).startsWith("H2 2.");
        assertThat(environment.jmh())
                .isEqualTo("JMH 1.37, 2 forks, 5 warm-up iterations of 1 s, 10 measured iterations of 1 s, 1 thread");
        assertThat(environment.cpus())
                .isEqualTo(String.valueOf(Runtime.getRuntime().availableProcessors()));
        assertThat(environment.cpu()).isNotBlank().isNotEqualTo(Environment.NOT_RECORDED);
        assertThat(environment.memory()).endsWith(" GiB");
        assertThat(section()).contains(environment.describe()).contains("Measured 2026-03-04 05:06 UTC on ");
    }

    @Test
    void resultsImportedBeforeKeepTheEnvironmentOfTheirImport() throws IOException {
        var target = insertResults("h2").writeTo(chapter);
        Files.setLastModifiedTime(target, FileTime.from(Instant.parse("2026-03-04T05:06:07Z")));
        ChapterReport.run(chapter);
        var environment = Files.readString(chapter.resolve("bench/environment-h2.properties"));

        Files.setLastModifiedTime(target, FileTime.from(Instant.parse("2027-01-01T00:00:00Z")));
        var outcome = ChapterReport.run(chapter);

        assertThat(outcome.imported()).isEmpty();
        assertThat(chapter.resolve("bench/environment-h2.properties")).hasContent(environment);
    }

    @Test
    void resultsCommittedWithoutTheirEnvironmentSayTheMachineWasNotRecorded() throws IOException {
        Files.createDirectories(chapter.resolve("bench"));
        var results = insertResults("h2");
        Files.writeString(chapter.resolve("bench/jmh-result-h2.json"), results.json());
        Files.writeString(chapter.resolve("bench/notes-h2.properties"), results.notesText());

        ChapterReport.run(chapter);

        assertThat(section())
                .contains(
                        "Measured on a machine that was not recorded; JDK 17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6); H2 2.");
        assertThat(chapter.resolve("bench/environment-h2.properties")).doesNotExist();
    }

    @Test
    void chartsThatTheResultsNoLongerProduceAreListedNotDeleted() throws IOException {
        insertResults("h2").writeTo(chapter);
        Files.createDirectories(chapter.resolve("bench"));
        var old = Files.writeString(chapter.resolve("bench/OldBenchmark.gone-h2.svg"), "<svg/>");

        var outcome = ChapterReport.run(chapter);

        assertThat(outcome.stale()).containsExactly(old);
        assertThat(old).exists();
    }

    @Test
    void postgresResultsComeAfterH2WithTheirOwnHeadingAndChart() throws IOException {
        insertResults("postgres").writeTo(chapter);
        insertResults("h2").writeTo(chapter);

        ChapterReport.run(chapter);

        var section = section();
        assertThat(section.indexOf("### On H2")).isLessThan(section.indexOf("### On PostgreSQL"));
        assertThat(section).contains("](BulkInsertBenchmark.insert-postgres.svg)");
        assertThat(Environment.read(chapter.resolve("bench/environment-postgres.properties"))
                        .database())
                .startsWith("PostgreSQL")
                .contains("JDBC driver");
    }

    @Test
    void eachBenchmarkMethodGetsItsOwnTableAndChart() throws IOException {
        JmhJson.on("h2")
                .result(INSERT, 1.0, 0.1, "ms/op", "approach", "JdbcBatch", "rows", "10")
                .result(
                        "dev.ajp.bulkinsert.BulkUpdateBenchmark.update",
                        2.0,
                        0.1,
                        "ms/op",
                        "approach",
                        "Jdbi",
                        "rows",
                        "10")
                .writeTo(chapter);

        ChapterReport.run(chapter);

        assertThat(section())
                .contains("`BulkInsertBenchmark.insert`\n\n| approach | rank |")
                .contains("`BulkUpdateBenchmark.update`\n\n| approach | rank |");
        assertThat(chapter.resolve("bench/BulkInsertBenchmark.insert-h2.svg")).exists();
        assertThat(chapter.resolve("bench/BulkUpdateBenchmark.update-h2.svg")).exists();
    }

    @Test
    void anExtraParameterBecomesPartOfTheSeriesNameInWords() throws IOException {
        JmhJson.on("h2")
                .result(INSERT, 1.0, 0.1, "ms/op", "approach", "JdbcBatch", "batchSize", "5000", "rows", "1000")
                .result(INSERT, 2.0, 0.1, "ms/op", "approach", "JdbcBatch", "batchSize", "5", "rows", "1000")
                .writeTo(chapter);

        ChapterReport.run(chapter);

        assertThat(section())
                .contains("| JdbcBatch, batch size: 5,000 | 1 | 1,000 | 1.00 ± 0.10 | ms/op |")
                .contains("| JdbcBatch, batch size: 5 | 1 | 1,000 | 2.00 ± 0.10 | ms/op |");
    }

    /** A constant's name in lower case words, unless the run's notes give the value a label. */
    @Test
    void anEnumParameterIsWrittenInWordsOrByItsLabel() throws IOException {
        JmhJson.on("h2")
                .note("label.NONE", "no savepoint")
                .result(INSERT, 1.0, 0.1, "ms/op", "approach", "JdbcBatch", "protection", "NONE", "rows", "10")
                .result(
                        INSERT,
                        2.0,
                        0.1,
                        "ms/op",
                        "approach",
                        "JdbcBatch",
                        "protection",
                        "SAVEPOINT_PER_ROW",
                        "rows",
                        "10")
                .writeTo(chapter);

        ChapterReport.run(chapter);

        assertThat(section())
                .contains("| JdbcBatch, protection: no savepoint | 1 | 10 |")
                .contains("| JdbcBatch, protection: savepoint per row | 1 | 10 |")
                .doesNotContain("SAVEPOINT_PER_ROW");
    }

    @Test
    void aResultWithoutAnErrorShowsItsScoreAloneAndNoRank() throws IOException {
        JmhJson.on("h2")
                .result(INSERT, 0.25, "NaN", "ms/op", "approach", "JdbcBatch", "rows", "10")
                .writeTo(chapter);

        ChapterReport.run(chapter);

        assertThat(section()).contains("| JdbcBatch | – | 10 | 0.250 | ms/op |");
    }

    @Test
    void aQuickRunIsRefusedSayingSoAndTheCommittedFiguresStayAsTheyWere() throws IOException {
        insertResults("h2").writeTo(chapter);
        ChapterReport.run(chapter);
        var committed = Files.readString(chapter.resolve("bench/jmh-result-h2.json"));
        var rendered = Files.readString(resultsFile);
        var source = JmhJson.on("h2")
                .quick()
                .result(INSERT, 0.25, 0.1, "ms/op", "approach", "JdbcBatch", "rows", "10")
                .writeTo(chapter);

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessage(source + " is not a full run, so nothing was rendered: BulkInsertBenchmark.insert ran with "
                        + "1 fork, 3 warm-up iterations of 200 ms, 3 measured iterations of 200 ms, and a chapter's "
                        + "figures come from the kit's settings (dev.ajp.kit.Bench): 2 forks, 5 warm-up iterations of "
                        + "1 s, 10 measured iterations of 1 s. A quick or smoke run is a first look only. Run the full "
                        + "benchmarks (./mvnw -pl " + chapter + " -am -Pbench test-compile exec:exec, with -Ppostgres "
                        + "for PostgreSQL), or delete " + source + " to render the results committed in bench/.");
        assertThat(chapter.resolve("bench/jmh-result-h2.json")).hasContent(committed);
        assertThat(resultsFile).hasContent(rendered);
    }

    @Test
    void aSmokeRunIsRefusedToo() throws IOException {
        JmhJson.on("postgres")
                .smoke()
                .result(INSERT, 0.25, "NaN", "ms/op", "approach", "JdbcBatch", "rows", "10")
                .writeTo(chapter);

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("jmh-result-postgres.json is not a full run")
                .hasMessageContaining("ran with 1 fork, no warm-up, 1 measured iteration of 100 ms,")
                .hasMessageEndingWith("with -Ppostgres for PostgreSQL).");
        assertThat(chapter.resolve("bench/jmh-result-h2.json")).doesNotExist();
        assertThat(Files.readString(resultsFile)).contains("whatever was here");
    }

    /** Each setting alone, the others as in a full run (2 forks, 5 warm-up and 10 measured iterations of 1 s). */
    @ParameterizedTest(name = "{0} forks, {1} warm-up of {2}, {3} measured of {4}")
    @CsvSource({
        "1, 5, 1 s, 10, 1 s",
        "2, 3, 1 s, 10, 1 s",
        "2, 5, 200 ms, 10, 1 s",
        "2, 5, 1 s, 3, 1 s",
        "2, 5, 1 s, 10, 200 ms",
        "3, 5, 1 s, 10, 1 s"
    })
    void resultsRunWithOtherSettingsThanTheKitsAreNoFullRun(
            int forks, int warmups, String warmupTime, int iterations, String time) throws IOException {
        JmhJson.on("h2")
                .settings(forks, warmups, warmupTime, iterations, time)
                .result(INSERT, 0.25, 0.1, "ms/op", "approach", "JdbcBatch", "rows", "10")
                .writeTo(chapter);

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("is not a full run, so nothing was rendered");
    }

    @Test
    void quickResultsFoundInBenchAreRefusedAsWell() throws IOException {
        JmhJson.on("h2")
                .quick()
                .result(INSERT, 0.25, 0.1, "ms/op", "approach", "JdbcBatch", "rows", "10")
                .writeTo(chapter);
        Files.createDirectories(chapter.resolve("bench"));
        Files.move(chapter.resolve("target/jmh-result-h2.json"), chapter.resolve("bench/jmh-result-h2.json"));

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining(Path.of("bench", "jmh-result-h2.json") + " is not a full run")
                .hasMessageNotContaining("or delete");
        assertThat(Files.readString(resultsFile)).contains("whatever was here");
    }

    @Test
    void aResultsFileWithoutMarkersFailsClearlyAndNothingIsWritten() throws IOException {
        Files.writeString(resultsFile, BEFORE + AFTER);
        insertResults("h2").writeTo(chapter);

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining(resultsFile.toString())
                .hasMessageContaining("no line <!-- bench:begin -->")
                .hasMessageContaining("<!-- bench:end -->");
        assertThat(resultsFile).hasContent(BEFORE + AFTER);
        assertThat(chapter.resolve("bench/jmh-result-h2.json")).doesNotExist();
    }

    @Test
    void aResultsFileWithOnlyTheEndMarkerFailsClearly() throws IOException {
        Files.writeString(resultsFile, BEFORE + "<!-- bench:end -->\n" + AFTER);
        insertResults("h2").writeTo(chapter);

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("no line <!-- bench:begin -->");
    }

    @Test
    void noResultsFailNamingTheCommandThatProducesThem() {
        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("no JMH results")
                .hasMessageContaining("./mvnw -pl " + chapter + " -am -Pbench test-compile exec:exec");
    }

    @Test
    void malformedJsonFailsNamingTheFileAndNothingIsWritten() throws IOException {
        var target = chapter.resolve("target/jmh-result-h2.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "[ { \"benchmark\": \"x\", ");

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining(target.toString())
                .hasMessageContaining("not valid JSON");
        assertThat(chapter.resolve("bench/jmh-result-h2.json")).doesNotExist();
    }

    @Test
    void freshResultsReplaceACommittedFileEvenABrokenOne() throws IOException {
        Files.createDirectories(chapter.resolve("bench"));
        Files.writeString(chapter.resolve("bench/jmh-result-h2.json"), "merge conflict <<<<<<<");
        var target = insertResults("h2").writeTo(chapter);

        ChapterReport.run(chapter);

        assertThat(chapter.resolve("bench/jmh-result-h2.json")).hasSameBinaryContentAs(target);
        assertThat(section()).contains("| JdbcBatch | 1 | 100 | 0.500 ± 0.020 | ms/op |");
    }

    @Test
    void jsonThatIsNotJmhOutputFailsSayingWhatIsMissing() throws IOException {
        var target = chapter.resolve("target/jmh-result-h2.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "[ { \"benchmark\": \"a.B.c\", \"mode\": \"avgt\" } ]");

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining(target + ", result 1")
                .hasMessageContaining("primaryMetric.score");
    }

    @Test
    void throughputResultsAreRefusedBecauseTheReportShowsTimePerOperation() throws IOException {
        JmhJson.on("h2")
                .mode("thrpt")
                .result(INSERT, 5.0, 0.1, "ops/ms", "approach", "JdbcBatch", "rows", "10")
                .writeTo(chapter);

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("ops/ms")
                .hasMessageContaining("Mode.AverageTime");
    }

    @Test
    void aBaselineThatIsNoApproachFailsListingTheApproaches() throws IOException {
        insertResults("h2").writeTo(chapter);
        writeSettings("baseline=JdbcBatching\n");

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("baseline=JdbcBatching")
                .hasMessageContaining("[JdbcBatch, JdbcOneByOne, JpaPersist]");
        assertThat(resultsFile).content().contains("whatever was here");
    }

    @Test
    void anUnknownSettingFailsNamingTheKnownOnes() throws IOException {
        insertResults("h2").writeTo(chapter);
        writeSettings("baseline=JdbcBatch\nrows=per\n");

        assertThatThrownBy(() -> ChapterReport.run(chapter))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("unknown key(s) [rows]")
                .hasMessageContaining("baseline=<approach> and per=<size param>");
    }

    @Test
    void aResultsFileWithWindowsLineEndingsKeepsThem() throws IOException {
        var crlf = (BEFORE + "<!-- bench:begin -->\n<!-- bench:end -->\n" + AFTER).replace("\n", "\r\n");
        Files.writeString(resultsFile, crlf);
        insertResults("h2").writeTo(chapter);

        ChapterReport.run(chapter);

        var text = Files.readString(resultsFile);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(text).startsWith(BEFORE.replace("\n", "\r\n")).endsWith(AFTER.replace("\n", "\r\n"));
    }

    /** The text between the markers of bench/RESULTS.md. */
    private String section() throws IOException {
        var text = Files.readString(resultsFile);
        return text.substring(text.indexOf("<!-- bench:begin -->"), text.indexOf("<!-- bench:end -->"));
    }

    /** Every file of the chapter but target/, by relative path, with its content. */
    private Map<String, String> snapshot() throws IOException {
        var files = new TreeMap<String, String>();
        try (Stream<Path> paths = Files.walk(chapter)) {
            for (var path : paths.filter(Files::isRegularFile).toList()) {
                var relative = chapter.relativize(path).toString().replace('\\', '/');
                if (!relative.startsWith("target/")) {
                    files.put(relative, Files.readString(path));
                }
            }
        }
        return files;
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
