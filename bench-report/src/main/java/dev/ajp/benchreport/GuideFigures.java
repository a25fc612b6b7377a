package dev.ajp.benchreport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The benchmark figures that a Markdown page (the repository's {@code GUIDE.md}) quotes, each tied to the committed
 * JMH result it came from, so that a test can recompute it and fail when the text has drifted.
 *
 * <p>A tied figure is a Markdown link whose title names its source:
 *
 * <pre>
 * [2.43×](chapter02-bulk-insert/README.md#measured "postgres PostgresBulkInsertBenchmark.insert approach=ECLIPSELINK_INSERT_QUERY_REWRITTEN rows=10000 / approach=POSTGRES_COPY")
 * [4.26 ms](chapter07-raw-sql/README.md#measured "postgres RawSqlBenchmark.olderThan20 approach=JDBC_PREPARED_STATEMENT students=10000")
 * </pre>
 *
 * <ul>
 *   <li>The link's target lies in a chapter's directory (its first path segment); the results are that chapter's
 *       {@code bench/jmh-result-<database>.json}, the database being the title's first word ({@code h2} or
 *       {@code postgres}).
 *   <li>Then the benchmark, as {@code Class.method}, and every one of its {@code @Param}s as {@code name=VALUE}
 *       (the enum constant's name for an approach): together they select exactly one result.
 *   <li>A ratio adds {@code /} and the parameters in which its denominator differs; the others are the numerator's.
 *       It is written as the numerator's score divided by the denominator's, to three significant digits, and
 *       {@code ×}: {@code 2.43×}, {@code 12.3×}, {@code 1,230×}.
 *   <li>Without {@code /} the figure is the score itself, to three significant digits, and its unit without
 *       {@code /op} ({@code us} written {@code µs}): {@code 4.26 ms}, {@code 765 µs}.
 *   <li>A ratio whose title ends with {@code over runs} is taken in every run of the chapter that measured both
 *       results: the committed file and each re-run kept in {@code bench/reruns/<database>-<n>/}. It is written as
 *       the median of those ratios, then in brackets the lowest and the highest and how many runs:
 *       {@code 2.43× (2.10–2.51, 3 runs)}. That is how a figure that a re-run can move is quoted.
 * </ul>
 *
 * <p>A page's links resolve against the page's directory: the guide's {@code chapter02-bulk-insert/README.md} and a
 * lesson's {@code bench/RESULTS.md} both name chapter 02.
 *
 * Three significant digits are {@link Numbers#significant(double)}'s, the rounding of every table bench-report
 * writes: half to even, thousands grouped with commas.
 */
public final class GuideFigures {

    /** {@code [text](target "title")}; a link without a title has a null title. */
    static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)(?:\\s+\"([^\"]*)\")?\\)");

    private static final Pattern SOURCE =
            Pattern.compile("(h2|postgres) (\\w+\\.\\w+) ((?:\\w+=\\w+ ?)+)(?:/ ((?:\\w+=\\w+ ?)+))?( over runs)?");

    /** The suffix of a title that asks for the median over the committed run and the kept re-runs. */
    static final String OVER_RUNS = " over runs";

    private GuideFigures() {}

    /** A Markdown link: its text, its target, its title (or null), and the line it is on. */
    public record Link(String text, String target, String title, int line) {

        /** The target without its {@code #anchor}. */
        public String path() {
            var hash = target.indexOf('#');
            return hash < 0 ? target : target.substring(0, hash);
        }

        /** Whether it points into this repository (no scheme, not a pure anchor). */
        public boolean isRelative() {
            return !target.contains("://") && !target.startsWith("mailto:") && !target.startsWith("#");
        }
    }

    /** A figure the page quotes, what its source gives, and where. */
    public record Figure(Link link, String expected) {

        public boolean matches() {
            return link.text().equals(expected);
        }
    }

    /** Every Markdown link of a page, in order, with its line number (outside fenced code blocks). */
    public static List<Link> links(String markdown) {
        var links = new ArrayList<Link>();
        var fence = false;
        var lines = markdown.split("\n", -1);
        for (var i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("```")) {
                fence = !fence;
                continue;
            }
            if (fence) {
                continue;
            }
            var matcher = LINK.matcher(lines[i]);
            while (matcher.find()) {
                links.add(new Link(matcher.group(1), matcher.group(2), matcher.group(3), i + 1));
            }
        }
        return links;
    }

    /** Whether a link's title claims a benchmark source: it starts with a database's name and a space. */
    public static boolean isTied(Link link) {
        return link.title() != null
                && (link.title().startsWith("h2 ") || link.title().startsWith("postgres "));
    }

    /**
     * The figures of a page, each with what its source gives.
     *
     * @param root the repository's root, against which the links' targets resolve
     * @throws ReportException naming the line, when a tied link's title does not follow the grammar, its chapter
     *     has no results for the database, or its parameters select no result or more than one
     */
    public static List<Figure> figures(String markdown, Path root) {
        return figures(markdown, root, root);
    }

    /**
     * The figures of a page in a directory below the root (a chapter's lesson), each with what its source gives.
     *
     * @param root the repository's root
     * @param page the directory of the page, against which the links' targets resolve
     * @throws ReportException as {@link #figures(String, Path)}
     */
    public static List<Figure> figures(String markdown, Path root, Path page) {
        var cache = new LinkedHashMap<Path, List<JmhResult>>();
        Function<Path, List<JmhResult>> reader = file -> cache.computeIfAbsent(file, JmhResult::read);
        var figures = new ArrayList<Figure>();
        for (var link : links(markdown)) {
            if (isTied(link)) {
                figures.add(new Figure(link, expected(link, root, page, reader)));
            }
        }
        return figures;
    }

    private static String expected(Link link, Path root, Path page, Function<Path, List<JmhResult>> reader) {
        var where = "line " + link.line() + ", [" + link.text() + "]";
        var source = SOURCE.matcher(link.title().strip());
        if (!source.matches()) {
            throw new ReportException(where + ": the title \"" + link.title()
                    + "\" is not \"<h2|postgres> <Class.method> <param=VALUE ...> [/ <param=VALUE ...> [over runs]]\"");
        }
        var resolved = page.toAbsolutePath().resolve(link.path()).normalize();
        var target = root.toAbsolutePath().normalize().relativize(resolved);
        // a file in a chapter's directory, or the directory itself (a lesson's own #anchor)
        var chapter = target.getNameCount() > 1 || Files.isDirectory(resolved)
                ? target.getName(0).toString()
                : "";
        var file = root.resolve(chapter).resolve("bench").resolve("jmh-result-" + source.group(1) + ".json");
        if (chapter.isEmpty() || !Files.isRegularFile(file)) {
            throw new ReportException(where + ": " + root.relativize(file) + " does not exist; the link's target must"
                    + " lie in the directory of a chapter with results on " + source.group(1));
        }
        if (source.group(5) != null) {
            if (source.group(4) == null) {
                throw new ReportException(where + ": only a ratio is taken" + OVER_RUNS + "; a time differs from one"
                        + " machine to the next");
            }
            return overRuns(source, file, where, root, reader);
        }
        var results = reader.apply(file);
        var numeratorParams = params(source.group(3));
        var numerator = one(results, source.group(2), numeratorParams, where, file, root);
        if (!numerator.params().keySet().equals(numeratorParams.keySet())) {
            throw new ReportException(where + ": name every parameter of the result, "
                    + numerator.params().keySet() + ", not only " + numeratorParams.keySet());
        }
        if (source.group(4) == null) {
            return Numbers.significant(numerator.score()) + " " + unit(numerator.unit());
        }
        var denominatorParams = new LinkedHashMap<>(numeratorParams);
        var differing = params(source.group(4));
        if (!numeratorParams.keySet().containsAll(differing.keySet())) {
            throw new ReportException(
                    where + ": the denominator names a parameter the benchmark does not have: " + differing.keySet());
        }
        denominatorParams.putAll(differing);
        var denominator = one(results, source.group(2), denominatorParams, where, file, root);
        if (!numerator.unit().equals(denominator.unit())) {
            throw new ReportException(where + ": a ratio of " + numerator.unit() + " and " + denominator.unit());
        }
        return Numbers.significant(numerator.score() / denominator.score()) + "×";
    }

    /**
     * The ratio in each run that measured both results (the committed file, then the kept re-runs by number): their
     * median, lowest, highest and how many.
     */
    private static String overRuns(
            java.util.regex.Matcher source,
            Path committed,
            String where,
            Path root,
            Function<Path, List<JmhResult>> reader) {
        var files = new ArrayList<Path>();
        files.add(committed);
        var chapter = committed.getParent().getParent();
        for (var kept : Rerun.kept(chapter, source.group(1))) {
            var file = kept.resolve(committed.getFileName());
            if (Files.isRegularFile(file)) {
                files.add(file);
            }
        }
        var numeratorParams = params(source.group(3));
        var denominatorParams = new LinkedHashMap<>(numeratorParams);
        denominatorParams.putAll(params(source.group(4)));
        var ratios = new ArrayList<Double>();
        for (var file : files) {
            var results = reader.apply(file);
            var numerator = atMostOne(results, source.group(2), numeratorParams, where, file, root);
            var denominator = atMostOne(results, source.group(2), denominatorParams, where, file, root);
            if (numerator != null && denominator != null) {
                if (!numerator.params().keySet().equals(numeratorParams.keySet())) {
                    throw new ReportException(where + ": name every parameter of the result, "
                            + numerator.params().keySet() + ", not only " + numeratorParams.keySet());
                }
                ratios.add(numerator.score() / denominator.score());
            }
        }
        if (ratios.isEmpty()) {
            throw new ReportException(where + ": no run of " + root.relativize(committed.getParent())
                    + " measured both results of " + source.group(2));
        }
        var low = ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        var high = ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return Numbers.significant(Comparison.median(ratios)) + "× (" + Numbers.significant(low) + "–"
                + Numbers.significant(high) + ", " + ratios.size() + (ratios.size() == 1 ? " run)" : " runs)");
    }

    /** The one result that matches, or null when none does (a re-run of some approaches). */
    private static JmhResult atMostOne(
            List<JmhResult> results, String benchmark, Map<String, String> params, String where, Path file, Path root) {
        var matching = results.stream()
                .filter(r -> r.shortName().equals(benchmark))
                .filter(r -> r.params().entrySet().containsAll(params.entrySet()))
                .toList();
        if (matching.size() > 1) {
            throw new ReportException(where + ": " + matching.size() + " results of " + benchmark + " with " + params
                    + " in " + root.relativize(file) + ", not exactly 1");
        }
        return matching.isEmpty() ? null : matching.get(0);
    }

    private static JmhResult one(
            List<JmhResult> results, String benchmark, Map<String, String> params, String where, Path file, Path root) {
        var result = atMostOne(results, benchmark, params, where, file, root);
        if (result == null) {
            throw new ReportException(where + ": 0 results of " + benchmark + " with " + params + " in "
                    + root.relativize(file) + ", not exactly 1");
        }
        return result;
    }

    private static Map<String, String> params(String text) {
        var params = new LinkedHashMap<String, String>();
        for (var pair : text.strip().split(" ")) {
            var equals = pair.indexOf('=');
            params.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return params;
    }

    /** {@code ms/op} is written {@code ms}, {@code us/op} {@code µs}. */
    static String unit(String jmhUnit) {
        var unit = jmhUnit.endsWith("/op") ? jmhUnit.substring(0, jmhUnit.length() - 3) : jmhUnit;
        return unit.equals("us") ? "µs" : unit;
    }
}
