package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares two result files of the same benchmarks, a committed run (A) and a re-run (B): per benchmark, size and
 * setting, each approach's ratio to the baseline in its own run, the relative change of that ratio, and its rank
 * in both runs (1 + the approaches faster beyond both error bars, as in the README tables), naming the approaches
 * whose rank changed. Times differ from one machine to the next; a ratio to an approach measured in the same run,
 * and the ranks, are what a re-run can confirm.
 *
 * <p>The baseline is the one named, by label or by value; else the {@code baseline} of the chapter's
 * {@code bench/report.properties} (next to a file in {@code bench/}, or in the {@code bench/} beside a file's
 * {@code target/}); else, per group, the approach that was fastest in A. Approaches are named by the labels of the
 * notes next to either file ({@code notes-<db>.properties} in {@code bench/}, {@code jmh-notes-<db>.properties} in
 * {@code target/}) and matched by their values, so a run without notes still lines up.
 */
final class Comparison {

    private static final Pattern RESULT = Pattern.compile("(?:jmh-result-)?([A-Za-z0-9_.]+)\\.json");

    private Comparison() {}

    /** One result file with what lies next to it. */
    private record Run(Path file, List<JmhResult> results, Notes notes, Environment environment) {

        static Run read(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new ReportException(
                        "no result file " + file.toAbsolutePath().normalize());
            }
            var results = JmhResult.read(file);
            var db = results.get(0).jvm().systemProperty("db");
            var matcher = RESULT.matcher(file.getFileName().toString());
            if (db == null || db.isBlank()) {
                db = matcher.matches() ? matcher.group(1) : "unknown";
            }
            var directory = file.toAbsolutePath().getParent();
            var notesFile = directory.resolve("notes-" + db + ".properties");
            if (!Files.isRegularFile(notesFile)) {
                notesFile = directory.resolve("jmh-notes-" + db + ".properties");
            }
            // A comparison also lines up an older file that came without notes: its approaches keep their values.
            var notes = Files.isRegularFile(notesFile)
                    ? Notes.of(notesFile, file)
                    : new Notes("unknown (no notes next to " + file.getFileName() + ")", null, Map.of());
            var environmentFile = ChapterReport.environmentFile(directory, db);
            Environment environment;
            try {
                environment = Files.isRegularFile(environmentFile)
                        ? Environment.read(environmentFile)
                        : directory.getFileName().toString().equals("target")
                                // a fresh run in target was measured on this machine, as an import assumes
                                ? Environment.capture(
                                        results,
                                        db,
                                        notes,
                                        Files.getLastModifiedTime(file).toInstant())
                                : Environment.fromResults(results, notes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Run(file, results, notes, environment);
        }
    }

    /**
     * The comparison as Markdown.
     *
     * @param baseline the approach to divide by, by label or value; null for the chapter's, else A's fastest
     * @throws ReportException when a file is missing or not JMH's JSON, or the baseline is no approach of a run
     */
    static String of(Path fileA, Path fileB, String baseline) {
        var a = Run.read(fileA);
        var b = Run.read(fileB);
        var labels = new HashMap<String, String>(a.notes().labels());
        labels.putAll(b.notes().labels());
        var notes = new Notes(null, null, labels);
        var baselineSource = "given with --baseline";
        if (baseline == null) {
            for (var file : List.of(fileB, fileA)) {
                var configured = chapterBaseline(file);
                if (configured != null) {
                    baseline = configured.baseline();
                    baselineSource = "the chapter's, from " + configured.file();
                    break;
                }
            }
        }
        if (baseline != null) {
            for (var run : List.of(a, b)) {
                requireApproach(run, baseline, notes, baselineSource);
            }
        }
        var settings = new ReportSettings(baseline, null);
        var tablesA = BenchmarkTable.of(a.results(), settings, notes);
        var tablesB = BenchmarkTable.of(b.results(), settings, notes);

        var out = new StringBuilder();
        out.append("Comparing two runs: each time as a ratio to the baseline measured in the same run, at the same ")
                .append("size and setting, and each approach's rank in both (1 + the approaches faster beyond both ")
                .append("error bars, 99.9%; equal ranks are not told apart).\n\n");
        out.append("- A: `")
                .append(fileA)
                .append("`. ")
                .append(a.environment().describe())
                .append('\n');
        out.append("- B: `")
                .append(fileB)
                .append("`. ")
                .append(b.environment().describe())
                .append('\n');
        for (var run : List.of(a, b)) {
            var quick =
                    run.results().stream().filter(r -> !r.settings().isFull()).findFirst();
            if (quick.isPresent()) {
                out.append("\n")
                        .append(run == a ? "A" : "B")
                        .append(" is not a full run (")
                        .append(quick.get().settings().length())
                        .append("; a full run is ")
                        .append(JmhResult.RunSettings.fullLength())
                        .append("): its error bars are wider and its ranks coarser.\n");
            }
        }
        out.append("\nBaseline: ")
                .append(
                        baseline == null
                                ? "none configured, so in each group the approach that was fastest in A"
                                : tablesB.stream()
                                                .map(BenchmarkTable::baseline)
                                                .filter(Objects::nonNull)
                                                .findFirst()
                                                .orElse(baseline)
                                        + " (" + baselineSource + ")")
                .append(".\n");

        var benchmarks = new LinkedHashMap<String, BenchmarkTable[]>();
        tablesB.forEach(t -> benchmarks.computeIfAbsent(t.benchmark(), k -> new BenchmarkTable[2])[1] = t);
        tablesA.forEach(t -> benchmarks.computeIfAbsent(t.benchmark(), k -> new BenchmarkTable[2])[0] = t);
        var changes = new ArrayList<String>();
        for (var entry : benchmarks.entrySet()) {
            var tableA = entry.getValue()[0];
            var tableB = entry.getValue()[1];
            var any = tableB != null ? tableB : tableA;
            var groups = new LinkedHashSet<List<Object>>();
            for (var table : new BenchmarkTable[] {tableA, tableB}) {
                if (table != null) {
                    table.rows().forEach(row -> groups.add(group(row)));
                }
            }
            var sorted = new ArrayList<>(groups);
            sorted.sort(
                    Comparator.comparing((List<Object> g) -> (Long) g.get(0), Comparator.nullsFirst(Long::compare)));
            for (var group : sorted) {
                appendGroup(
                        out,
                        entry.getKey(),
                        any,
                        group,
                        rows(tableA, group),
                        rows(tableB, group),
                        baseline,
                        notes,
                        changes);
            }
        }
        out.append('\n')
                .append(
                        changes.isEmpty()
                                ? "In all: no approach changed rank."
                                : "In all: " + changes.size() + (changes.size() == 1 ? " approach" : " approaches")
                                        + " changed rank.")
                .append('\n');
        return out.toString();
    }

    private static void appendGroup(
            StringBuilder out,
            String benchmark,
            BenchmarkTable table,
            List<Object> group,
            Map<String, BenchmarkTable.Row> rowsA,
            Map<String, BenchmarkTable.Row> rowsB,
            String baseline,
            Notes notes,
            List<String> changes) {
        var size = (Long) group.get(0);
        var setting = (String) group.get(1);
        var title = "`" + benchmark + "`";
        if (size != null) {
            title += ", " + Numbers.grouped(size) + " " + table.sizeParam();
        }
        if (!setting.isEmpty()) {
            title += ", " + setting;
        }
        out.append("\n").append(title).append("\n\n");

        // without a baseline, each run's times are divided by its own time of A's fastest approach
        String fastestA = rowsA.values().stream()
                .min(Comparator.comparingDouble(BenchmarkTable.Row::score))
                .map(BenchmarkTable.Row::approach)
                .orElse(null);
        var ratioName = baseline != null ? notes.label(baseline) : fastestA != null ? fastestA : "A's fastest";
        var series = new LinkedHashSet<String>();
        rowsB.values().stream()
                .sorted(Comparator.comparingDouble(BenchmarkTable.Row::score))
                .forEach(row -> series.add(row.approach()));
        rowsA.values().stream()
                .sorted(Comparator.comparingDouble(BenchmarkTable.Row::score))
                .forEach(row -> series.add(row.approach()));

        out.append("| approach | time A | time B | × ")
                .append(ratioName)
                .append(" A | × ")
                .append(ratioName)
                .append(" B | ratio change | rank A | rank B |\n");
        out.append("| --- | --: | --: | --: | --: | --: | --: | --: |\n");
        var changed = new ArrayList<String>();
        var onlyA = new ArrayList<String>();
        var onlyB = new ArrayList<String>();
        for (var approach : series) {
            var rowA = rowsA.get(approach);
            var rowB = rowsB.get(approach);
            var ratioA = ratio(rowA, rowsA, baseline, fastestA);
            var ratioB = ratio(rowB, rowsB, baseline, fastestA);
            var rankA = rowA == null ? null : rowA.rank();
            var rankB = rowB == null ? null : rowB.rank();
            out.append("| ")
                    .append(approach.replace("|", "\\|"))
                    .append(" | ")
                    .append(time(rowA, table))
                    .append(" | ")
                    .append(time(rowB, table))
                    .append(" | ")
                    .append(ratioA == null ? "–" : Numbers.significant(ratioA))
                    .append(" | ")
                    .append(ratioB == null ? "–" : Numbers.significant(ratioB))
                    .append(" | ")
                    .append(ratioA == null || ratioB == null ? "–" : change(ratioB / ratioA))
                    .append(" | ")
                    .append(rankA == null ? "–" : rankA)
                    .append(" | ")
                    .append(rankB == null ? "–" : rankB)
                    .append(" |\n");
            if (rankA != null && rankB != null && !rankA.equals(rankB)) {
                changed.add(approach + " (" + rankA + " → " + rankB + ")");
            } else if (rowA == null) {
                onlyB.add(approach);
            } else if (rowB == null) {
                onlyA.add(approach);
            }
        }
        out.append('\n');
        out.append(changed.isEmpty() ? "No approach changed rank" : "Changed rank: " + String.join(", ", changed));
        if (!onlyA.isEmpty()) {
            out.append("; measured in A only: ").append(String.join(", ", onlyA));
        }
        if (!onlyB.isEmpty()) {
            out.append("; measured in B only: ").append(String.join(", ", onlyB));
        }
        out.append(".\n");
        changes.addAll(changed);
    }

    /** The row's ratio: the table's (to the named baseline), else to the time of A's fastest approach here. */
    private static Double ratio(
            BenchmarkTable.Row row, Map<String, BenchmarkTable.Row> rows, String baseline, String fastestA) {
        if (row == null) {
            return null;
        }
        if (baseline != null) {
            return row.ratio();
        }
        var reference = rows.get(fastestA);
        return reference == null ? null : row.score() / reference.score();
    }

    private static String time(BenchmarkTable.Row row, BenchmarkTable table) {
        return row == null ? "–" : Numbers.withError(row.score(), row.error()) + " " + table.unit();
    }

    /** {@code +17%}, {@code -3.3%}, {@code 0%}: the relative change, to two significant digits. */
    static String change(double factor) {
        var percent = (factor - 1) * 100;
        if (Math.abs(percent) < 0.005) {
            return "0%";
        }
        return (percent > 0 ? "+" : "-") + Numbers.significant(Math.abs(percent), 2) + "%";
    }

    /** The rows of a group by approach with its setting (the series without it): what lines up across runs. */
    private static Map<String, BenchmarkTable.Row> rows(BenchmarkTable table, List<Object> group) {
        var rows = new LinkedHashMap<String, BenchmarkTable.Row>();
        if (table != null) {
            table.rows().stream().filter(row -> group(row).equals(group)).forEach(row -> rows.put(row.approach(), row));
        }
        return rows;
    }

    private static List<Object> group(BenchmarkTable.Row row) {
        var group = new ArrayList<Object>();
        group.add(row.size());
        group.add(row.setting());
        return group;
    }

    /** The baseline, by value or label, must be an approach of every run: else no ratio would mean anything. */
    private static void requireApproach(Run run, String baseline, Notes notes, String source) {
        var approaches = new TreeSet<String>();
        for (var result : run.results()) {
            var value = result.params().get(BenchmarkTable.APPROACH);
            if (value != null) {
                if (value.equals(baseline) || notes.label(value).equals(baseline)) {
                    return;
                }
                approaches.add(notes.label(value));
            }
        }
        throw new ReportException("the baseline " + baseline + " (" + source + ") is not an approach of " + run.file()
                + "; it has " + approaches + ". Name one with --baseline \"<approach>\"");
    }

    private record Configured(String baseline, Path file) {}

    /** The baseline of the chapter a result file belongs to, from its {@code bench/report.properties}, or null. */
    private static Configured chapterBaseline(Path file) {
        var directory = file.toAbsolutePath().normalize().getParent();
        var candidates = new ArrayList<Path>();
        candidates.add(directory);
        if (directory.getParent() != null) {
            candidates.add(directory.getParent().resolve("bench"));
        }
        for (var bench : candidates) {
            if (Files.isRegularFile(bench.resolve(ReportSettings.FILE))) {
                var baseline = ReportSettings.of(bench).baseline();
                if (baseline != null) {
                    var shown = file.getParent() == null
                            ? bench.resolve(ReportSettings.FILE)
                            : file.getParent()
                                    .resolve(directory.relativize(bench))
                                    .resolve(ReportSettings.FILE)
                                    .normalize();
                    return new Configured(baseline, shown);
                }
            }
        }
        return null;
    }
}
