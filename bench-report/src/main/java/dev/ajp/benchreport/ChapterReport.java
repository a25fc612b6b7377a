package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports a chapter's latest JMH results and renders them into its {@code bench} directory: charts, and the
 * tables in {@code bench/RESULTS.md}. The chapter's README is not touched: it shows its main chart and links to
 * RESULTS.md.
 *
 * <p>A result file is imported with the notes its run left next to it ({@code jmh-notes-<db>.properties}, see
 * {@link Notes}); results without their notes are refused. The files are copied as they are: the bench profile
 * gives the benchmark JVMs the database password in their environment, so JMH's record of their arguments holds
 * none.
 *
 * <p>Everything is read, checked and computed first; files are written only when nothing failed, so a bad file
 * or a RESULTS.md without its markers leaves the chapter as it was.
 */
final class ChapterReport {

    private static final Pattern RESULT = Pattern.compile("jmh-result-([A-Za-z0-9_.]+)\\.json");
    private static final List<String> DATABASE_ORDER = List.of("h2", "postgres");

    private ChapterReport() {}

    /**
     * What a run did.
     *
     * @param imported the result and notes files copied from {@code target} into {@code bench}
     * @param charts every chart of the current results
     * @param changed the files whose content changed (copies, environments, charts, RESULTS.md)
     * @param stale charts in {@code bench} that the current results no longer produce
     */
    record Outcome(List<Path> imported, List<Path> charts, List<Path> changed, List<Path> stale) {}

    /**
     * Imports and renders one chapter.
     *
     * @param chapter the chapter's directory
     * @throws ReportException for anything the user can fix: no such directory, no results, results without
     *     their notes, malformed results, results of a quick or smoke run, a RESULTS.md without its markers
     */
    static Outcome run(Path chapter) throws IOException {
        if (!Files.isDirectory(chapter)) {
            throw new ReportException(
                    "no chapter directory " + chapter.toAbsolutePath().normalize()
                            + " (run the command from the repository root, naming chapter directories)");
        }
        var bench = chapter.resolve("bench");
        var section = ResultsSection.of(bench, title(chapter));
        var fresh = results(chapter.resolve("target"));
        var kept = results(bench);
        if (fresh.isEmpty() && kept.isEmpty()) {
            throw new ReportException(chapter + ": no JMH results (neither target/jmh-result-<db>.json nor "
                    + "bench/jmh-result-<db>.json). Run the chapter's benchmarks first: ./mvnw -pl " + chapter
                    + " -am -Pbench test-compile exec:exec (add -Ppostgres for PostgreSQL)");
        }

        var files = new LinkedHashMap<Path, byte[]>();
        var imported = new ArrayList<Path>();
        var environments = new TreeMap<String, Environment>();
        var importedNotes = new TreeMap<String, Notes>();
        var toRender = new TreeMap<String, List<JmhResult>>();
        for (var entry : kept.entrySet()) {
            if (!fresh.containsKey(entry.getKey())) { // else the fresh results replace these
                toRender.put(entry.getKey(), fullRun(chapter, entry.getValue(), false));
            }
        }
        for (var entry : fresh.entrySet()) {
            var db = entry.getKey();
            var source = entry.getValue();
            var results = fullRun(chapter, source, kept.containsKey(db));
            toRender.put(db, results);
            var copy = bench.resolve(source.getFileName());
            var environmentFile = environmentFile(bench, db);
            var bytes = Files.readAllBytes(source);
            if (Files.exists(copy) && Arrays.equals(bytes, Files.readAllBytes(copy)) && Files.exists(environmentFile)) {
                continue; // imported before, with the environment and notes of that time
            }
            var notesSource = source.resolveSibling("jmh-notes-" + db + ".properties");
            var notes = Notes.of(notesSource, source);
            importedNotes.put(db, notes);
            environments.put(
                    db,
                    Environment.capture(
                            results,
                            db,
                            notes,
                            Files.getLastModifiedTime(source).toInstant()));
            files.put(copy, bytes);
            imported.add(source);
            files.put(notesFile(bench, db), Files.readAllBytes(notesSource));
            imported.add(notesSource);
        }

        var settings = ReportSettings.of(bench);
        var databases = new ArrayList<MarkdownReport.Database>();
        var charts = new ArrayList<Path>();
        for (var db : ordered(toRender.keySet())) {
            var results = toRender.get(db);
            // the notes being imported with the results, else those imported with them before
            var notes = importedNotes.containsKey(db)
                    ? importedNotes.get(db)
                    : Notes.of(notesFile(bench, db), bench.resolve("jmh-result-" + db + ".json"));
            var environment = environments.get(db);
            if (environment == null) {
                var environmentFile = environmentFile(bench, db);
                environment = Files.exists(environmentFile)
                        ? Environment.read(environmentFile)
                        : Environment.fromResults(results, notes);
            }
            var tables = BenchmarkTable.of(results, settings, notes);
            for (var table : tables) {
                var chart = bench.resolve(MarkdownReport.chartFileName(table, db));
                files.put(
                        chart,
                        ChartWriter.svg(table, MarkdownReport.displayName(db)).getBytes(StandardCharsets.UTF_8));
                charts.add(chart);
            }
            databases.add(new MarkdownReport.Database(db, environment, tables));
        }
        var markdown = MarkdownReport.render(
                chapter.toAbsolutePath().normalize().getFileName().toString(), databases);

        Files.createDirectories(bench);
        var changed = new ArrayList<Path>();
        for (var entry : environments.entrySet()) {
            var file = environmentFile(bench, entry.getKey());
            entry.getValue().write(file);
            changed.add(file);
        }
        for (var entry : files.entrySet()) {
            if (!Files.exists(entry.getKey()) || !Arrays.equals(Files.readAllBytes(entry.getKey()), entry.getValue())) {
                Files.write(entry.getKey(), entry.getValue());
                changed.add(entry.getKey());
            }
        }
        if (section.replace(markdown)) {
            changed.add(bench.resolve(ResultsSection.FILE_NAME));
        }
        return new Outcome(imported, charts, changed, stale(bench, charts));
    }

    /**
     * The results of a file, when they come from a full run.
     *
     * @param committedBehind whether the file is a fresh one in {@code target} with committed results in
     *     {@code bench} behind it, which deleting it would render
     * @throws ReportException naming the file, its settings and a full run's when any result was measured with
     *     other forks, iterations or iteration lengths than the kit's (a quick or smoke run)
     */
    private static List<JmhResult> fullRun(Path chapter, Path file, boolean committedBehind) {
        var results = JmhResult.read(file);
        for (var result : results) {
            if (!result.settings().isFull()) {
                throw new ReportException(file + " is not a full run, so nothing was rendered: "
                        + result.shortName() + " ran with " + result.settings().length()
                        + ", and a chapter's figures come from the kit's settings (dev.ajp.kit.Bench): "
                        + JmhResult.RunSettings.fullLength() + ". A quick or smoke run is a first look only. Run the "
                        + "full benchmarks (./mvnw -pl " + chapter + " -am -Pbench test-compile exec:exec, with "
                        + "-Ppostgres for PostgreSQL)"
                        + (committedBehind ? ", or delete " + file + " to render the results committed in bench/" : "")
                        + ".");
            }
        }
        return results;
    }

    /** The chapter's title, the first heading of its README, else the directory's name. */
    static String title(Path chapter) throws IOException {
        var readme = chapter.resolve("README.md");
        var name = chapter.toAbsolutePath().normalize().getFileName().toString();
        if (!Files.isRegularFile(readme)) {
            return name;
        }
        try (var lines = Files.lines(readme, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.startsWith("# "))
                    .map(line -> line.substring(2).strip())
                    .filter(heading -> !heading.isEmpty())
                    .findFirst()
                    .orElse(name);
        }
    }

    static Path environmentFile(Path bench, String db) {
        return bench.resolve("environment-" + db + ".properties");
    }

    static Path notesFile(Path bench, String db) {
        return bench.resolve("notes-" + db + ".properties");
    }

    /**
     * The full-run result files of a directory ({@code jmh-result-<db>.json}, never the {@code -quick} or
     * {@code -smoke} ones) by database key ({@code h2}, {@code postgres}), in key order.
     */
    static Map<String, Path> results(Path directory) {
        var found = new TreeMap<String, Path>();
        if (!Files.isDirectory(directory)) {
            return found;
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.forEach(file -> {
                var matcher = RESULT.matcher(file.getFileName().toString());
                if (matcher.matches() && Files.isRegularFile(file)) {
                    found.put(matcher.group(1), file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** H2 first, then PostgreSQL, then anything else by name. */
    private static List<String> ordered(Iterable<String> dbs) {
        var list = new ArrayList<String>();
        dbs.forEach(list::add);
        list.sort(Comparator.comparingInt((String db) -> {
                    var index = DATABASE_ORDER.indexOf(db);
                    return index < 0 ? DATABASE_ORDER.size() : index;
                })
                .thenComparing(Comparator.naturalOrder()));
        return list;
    }

    private static List<Path> stale(Path bench, List<Path> charts) throws IOException {
        try (Stream<Path> files = Files.list(bench)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".svg"))
                    .filter(file -> !charts.contains(file))
                    .sorted()
                    .toList();
        }
    }
}
