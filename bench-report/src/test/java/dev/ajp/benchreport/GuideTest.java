package dev.ajp.benchreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's {@code GUIDE.md}: every benchmark figure it quotes is what the committed results give (see
 * {@link GuideFigures} for the grammar and the rounding), every chapter is in it, every reading time is the lesson's
 * length, and its relative links resolve.
 */
class GuideTest {

    private static final String READING_TIME = "reading time";

    /**
     * A benchmark's time or a ratio as the guide writes them: {@code 3.91 ms}, {@code 64.4 µs}, {@code 2.43×}. (The
     * time a main takes to run, in seconds, is measured once by hand, not by a benchmark.)
     */
    private static final Pattern BENCHMARK_FIGURE = Pattern.compile("\\d[\\d,.]*(?:×| ?(?:ns|µs|us|ms)\\b)");

    private static Path root;
    private static String guide;

    @BeforeAll
    static void readTheGuide() throws IOException {
        var dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("GUIDE.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a directory above the module holding GUIDE.md").isNotNull();
        root = dir;
        guide = Files.readString(root.resolve("GUIDE.md"));
    }

    @Test
    void everyBenchmarkFigureIsWhatTheCommittedResultsGive() {
        var figures = GuideFigures.figures(guide, root);

        assertThat(figures).hasSizeGreaterThanOrEqualTo(9);
        var drifted = figures.stream()
                .filter(figure -> !figure.matches())
                .map(figure ->
                        "line " + figure.link().line() + ": [" + figure.link().text() + "] should read ["
                                + figure.expected() + "] (" + figure.link().title() + ")")
                .toList();
        assertThat(drifted).as("figures that differ from the JSON they name").isEmpty();
    }

    @Test
    void everyChapterHasAFigureFromItsResults() {
        var chapters = GuideFigures.figures(guide, root).stream()
                .map(figure -> figure.link().path().split("/")[0])
                .collect(Collectors.toSet());

        assertThat(chapters).containsExactlyInAnyOrderElementsOf(chapters());
    }

    @Test
    void noTimeOrRatioStandsOutsideATiedLink() {
        var untied = new ArrayList<String>();
        var fence = false;
        var lines = guide.split("\n", -1);
        for (var i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("```")) {
                fence = !fence;
                continue;
            }
            var line = i + 1;
            var withoutTiedLinks = GuideFigures.LINK
                    .matcher(lines[i])
                    .replaceAll(link -> GuideFigures.isTied(
                                    new GuideFigures.Link(link.group(1), link.group(2), link.group(3), line))
                            ? ""
                            : "$0");
            var text = withoutTiedLinks.replaceAll("`[^`]*`", "");
            var matcher = BENCHMARK_FIGURE.matcher(text);
            while (!fence && matcher.find()) {
                untied.add("line " + (i + 1) + ": " + matcher.group());
            }
        }
        assertThat(untied)
                .as("times and ratios that no test ties to the results")
                .isEmpty();
    }

    @Test
    void everyFigureALessonTiesToTheResultsIsWhatTheyGive() throws IOException {
        var drifted = new ArrayList<String>();
        var tied = 0;
        for (var chapter : chapters()) {
            var lesson = root.resolve(chapter).resolve("README.md");
            var figures = GuideFigures.figures(Files.readString(lesson), root, lesson.getParent());
            tied += figures.size();
            figures.stream()
                    .filter(figure -> !figure.matches())
                    .forEach(figure -> drifted.add(
                            chapter + "/README.md line " + figure.link().line() + ": ["
                                    + figure.link().text() + "] should read [" + figure.expected() + "] ("
                                    + figure.link().title() + ")"));
        }

        assertThat(tied).as("figures the lessons tie to results").isGreaterThanOrEqualTo(9);
        assertThat(drifted).as("figures that differ from the JSON they name").isEmpty();
    }

    @Test
    void theGuideLinksEveryChaptersLesson() {
        var targets =
                GuideFigures.links(guide).stream().map(GuideFigures.Link::path).collect(Collectors.toSet());

        for (var chapter : chapters()) {
            assertThat(targets).as("a link to " + chapter + "'s lesson").contains(chapter + "/README.md");
        }
    }

    @Test
    void everyReadingTimeIsTheLessonsWordsDividedBy200RoundedUp() throws IOException {
        var times = GuideFigures.links(guide).stream()
                .filter(link -> link.title() != null && link.title().startsWith(READING_TIME))
                .toList();

        assertThat(times.stream().map(link -> link.path().split("/")[0]))
                .as("one reading time per chapter")
                .containsExactlyInAnyOrderElementsOf(chapters());
        for (var time : times) {
            var words = words(Files.readString(root.resolve(time.path())));
            var minutes = (words + 199) / 200;
            assertThat(time.text())
                    .as("line %d: %s has %d words", time.line(), time.path(), words)
                    .isEqualTo(minutes + " min");
        }
    }

    @Test
    void everyRelativeLinkResolves() {
        var broken = GuideFigures.links(guide).stream()
                .filter(GuideFigures.Link::isRelative)
                .filter(link -> !Files.exists(root.resolve(link.path())))
                .map(link -> "line " + link.line() + ": " + link.target())
                .toList();

        assertThat(broken).isEmpty();
    }

    @Test
    void everyWordCountsCommentsAndCodeBlocksIncluded() {
        // "#", "A", "title", "<!--", "not", "this", "-->one", "two", "```", "not", "this", "```", "three"
        assertThat(words("# A title\n\n<!-- not\nthis -->one two\n```\nnot this\n```\nthree"))
                .isEqualTo(13);
    }

    // The grammar, on results written here: a mistake in the guide must fail, not pass unseen.

    @Test
    void aRatioIsTheNumeratorsScoreOverTheDenominatorsToThreeSignificantDigits(@TempDir Path dir) throws IOException {
        results(dir);
        var figures = GuideFigures.figures("""
                Fast: [2.00×](chapter02-x/README.md#measured "h2 B.insert approach=SLOW rows=10 / approach=FAST"),
                slow: [30.0 ms](chapter02-x/README.md "h2 B.insert approach=SLOW rows=10"),
                read: [9.99 µs](chapter02-x/README.md "h2 C.read approach=FAST").
                Not a figure: [the chapter](chapter02-x/README.md "the chapter").
                """, dir);

        assertThat(figures).extracting(GuideFigures.Figure::expected).containsExactly("2.00×", "30.0 ms", "9.99 µs");
        assertThat(figures).allMatch(GuideFigures.Figure::matches);
    }

    @Test
    void aFigureThatDriftedIsToldApart(@TempDir Path dir) throws IOException {
        results(dir);
        var figure = GuideFigures.figures(
                        "[1.99×](chapter02-x/README.md \"h2 B.insert approach=SLOW rows=10 / approach=FAST\")", dir)
                .get(0);

        assertThat(figure.matches()).isFalse();
        assertThat(figure.expected()).isEqualTo("2.00×");
    }

    @Test
    void aSourceThatIsNotExactlyOneResultIsAnError(@TempDir Path dir) throws IOException {
        results(dir);

        assertThatThrownBy(() -> GuideFigures.figures("[1 ms](chapter02-x/README.md \"h2 B.insert rows=10\")", dir))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("2 results of B.insert");
        assertThatThrownBy(() -> GuideFigures.figures(
                        "[1 ms](chapter02-x/README.md \"h2 B.insert approach=NONE rows=10\")", dir))
                .hasMessageContaining("0 results of B.insert");
        assertThatThrownBy(
                        () -> GuideFigures.figures("[1 ms](chapter02-x/README.md \"h2 B.insert approach=FAST\")", dir))
                .hasMessageContaining("name every parameter");
        assertThatThrownBy(() -> GuideFigures.figures(
                        "[1 ms](chapter02-x/README.md \"postgres B.insert approach=FAST rows=10\")", dir))
                .hasMessageContaining("jmh-result-postgres.json does not exist");
        assertThatThrownBy(() -> GuideFigures.figures("[1 ms](chapter02-x/README.md \"h2 insert FAST\")", dir))
                .hasMessageContaining("is not \"<h2|postgres> <Class.method>");
    }

    @Test
    void aRatioOverRunsIsTheMedianOfEveryRunThatMeasuredBothWithItsLowestAndHighest(@TempDir Path dir)
            throws IOException {
        results(dir);
        // committed: 30 / 15 = 2.0; re-run 1: 20 / 8 = 2.5; re-run 2: 18 / 10 = 1.8; re-run 3 measured SLOW only and
        // does not count; a directory of another database is not looked at. Median of 1.8, 2.0, 2.5: 2.0
        rerun(dir, "h2-1", result("p.B.insert", SLOW, 20.0, "ms/op") + "," + result("p.B.insert", FAST, 8.0, "ms/op"));
        rerun(dir, "h2-2", result("p.B.insert", SLOW, 18.0, "ms/op") + "," + result("p.B.insert", FAST, 10.0, "ms/op"));
        rerun(dir, "h2-3", result("p.B.insert", SLOW, 90.0, "ms/op"));
        rerun(
                dir,
                "postgres-1",
                result("p.B.insert", SLOW, 90.0, "ms/op") + "," + result("p.B.insert", FAST, 1.0, "ms/op"));

        var figure = GuideFigures.figures(
                        "[2.00× (1.80–2.50, 3 runs)](chapter02-x/README.md \"h2 B.insert approach=SLOW rows=10 / "
                                + "approach=FAST over runs\")",
                        dir)
                .get(0);

        assertThat(figure.expected()).isEqualTo("2.00× (1.80–2.50, 3 runs)");
        assertThat(figure.matches()).isTrue();
        // the same ratio without "over runs" is the committed run's alone
        assertThat(GuideFigures.figures(
                                "[2.00×](chapter02-x/README.md \"h2 B.insert approach=SLOW rows=10 / approach=FAST\")",
                                dir)
                        .get(0)
                        .matches())
                .isTrue();
        assertThatThrownBy(() -> GuideFigures.figures(
                        "[30.0 ms](chapter02-x/README.md \"h2 B.insert approach=SLOW rows=10 over runs\")", dir))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("only a ratio");
    }

    @Test
    void aLessonsLinksResolveAgainstItsOwnDirectory(@TempDir Path dir) throws IOException {
        results(dir);
        var lesson = dir.resolve("chapter02-x");

        var figures = GuideFigures.figures("""
                [2.00×](bench/RESULTS.md "h2 B.insert approach=SLOW rows=10 / approach=FAST"),
                [15.0 ms](#measured "h2 B.insert approach=FAST rows=10"),
                [9.99 µs](../chapter02-x/README.md "h2 C.read approach=FAST").
                """, dir, lesson);

        assertThat(figures).extracting(GuideFigures.Figure::expected).containsExactly("2.00×", "15.0 ms", "9.99 µs");
        assertThatThrownBy(() -> GuideFigures.figures(
                        "[2.00×](README.md \"h2 B.insert approach=SLOW rows=10 / approach=FAST\")", dir, dir))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("the link's target must lie in the directory of a chapter");
    }

    private static final String SLOW = "{\"approach\": \"SLOW\", \"rows\": \"10\"}";
    private static final String FAST = "{\"approach\": \"FAST\", \"rows\": \"10\"}";

    private static void rerun(Path dir, String name, String results) throws IOException {
        var kept =
                Files.createDirectories(dir.resolve("chapter02-x/bench/reruns").resolve(name));
        Files.writeString(kept.resolve("jmh-result-h2.json"), "[" + results + "]");
    }

    @Test
    void unitsDropPerOperationAndMicrosecondsAreWrittenWithMu() {
        assertThat(GuideFigures.unit("ms/op")).isEqualTo("ms");
        assertThat(GuideFigures.unit("us/op")).isEqualTo("µs");
        assertThat(GuideFigures.unit("ops/s")).isEqualTo("ops/s");
    }

    private static void results(Path dir) throws IOException {
        var bench = Files.createDirectories(dir.resolve("chapter02-x").resolve("bench"));
        Files.writeString(
                bench.resolve("jmh-result-h2.json"),
                "["
                        + result("p.B.insert", "{\"approach\": \"SLOW\", \"rows\": \"10\"}", 30.0, "ms/op") + ","
                        + result("p.B.insert", "{\"approach\": \"FAST\", \"rows\": \"10\"}", 15.0, "ms/op") + ","
                        + result("p.C.read", "{\"approach\": \"FAST\"}", 9.987, "us/op") + "]");
    }

    private static String result(String benchmark, String params, double score, String unit) {
        return "{\"benchmark\": \"" + benchmark + "\", \"mode\": \"avgt\", \"params\": " + params
                + ", \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": 0.1, \"scoreUnit\": \"" + unit
                + "\"}}";
    }

    private static java.util.List<String> chapters() {
        try (var entries = Files.list(root)) {
            return entries.filter(dir -> Files.isRegularFile(dir.resolve("README.md")))
                    .map(dir -> dir.getFileName().toString())
                    .filter(name -> name.matches("chapter\\d\\d-.+"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The words of a Markdown page as the project counts a lesson's budget (test-support's {@code LessonShape}, which
     * this module does not depend on): every whitespace-separated token, code and comments included.
     */
    private static int words(String markdown) {
        var stripped = markdown.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
