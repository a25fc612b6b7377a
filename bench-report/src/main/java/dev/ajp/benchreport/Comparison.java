package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares result files of the same benchmarks, a committed run (A) and one or more re-runs (B, C...): per benchmark,
 * size and setting, each approach's ratio to the baseline in its own run and its rank in each run (1 + the approaches
 * faster beyond both error bars, as in the RESULTS.md tables), naming the approaches whose rank differs. Of two runs
 * it shows both times, both ratios and the relative change of the ratio; of three or more, each run's ratio, their
 * median and their spread (lowest to highest, and that difference relative to the median). Times differ from one
 * machine to the next; a ratio to an approach measured in the same run, and the ranks, are what a re-run can confirm.
 * A re-run may measure some of the approaches only (a chapter's headline approaches, say): a rank counts the faster
 * approaches, so where the runs measured different approaches of a group, each run ranks only those every run measured.
 *
 * <p>The baseline is the one named, by label or by value; else the {@code baseline} of the chapter's
 * {@code bench/report.properties} (next to a file in {@code bench/}, in the {@code bench/} beside a file's
 * {@code target/}, or above a re-run kept in {@code bench/reruns/<db>-<n>/}); else, per group, the approach that was
 * fastest in A. Approaches are named by the labels of the notes next to any of the files
 * ({@code notes-<db>.properties} in {@code bench/} and in a kept re-run's directory, {@code jmh-notes-<db>.properties}
 * in {@code target/}) and matched by their values, so a run without notes still lines up. A file's environment is the
 * {@code environment-<db>.properties} next to it; a file in {@code target/} without one was measured on this machine.
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

    /** The most runs one comparison names, A to Z. */
    static final int MAX_RUNS = 26;

    /**
     * The comparison of two runs as Markdown.
     *
     * @param baseline the approach to divide by, by label or value; null for the chapter's, else A's fastest
     * @throws ReportException when a file is missing or not JMH's JSON, or the baseline is no approach of a run
     */
    static String of(Path fileA, Path fileB, String baseline) {
        return of(List.of(fileA, fileB), baseline);
    }

    /**
     * The comparison as Markdown: of two runs, both times, both ratios and their change, both ranks; of three or
     * more, each run's ratio, their median and spread, and the ranks in each run.
     *
     * @param files two to {@value #MAX_RUNS} result files, A (by convention the committed run) first
     * @param baseline the approach to divide by, by label or value; null for the chapter's, else A's fastest
     * @throws IllegalArgumentException when fewer than two or more than {@value #MAX_RUNS} files are given
     * @throws ReportException when a file is missing or not JMH's JSON, or the baseline is no approach of a run
     */
    static String of(List<Path> files, String baseline) {
        if (files.size() < 2 || files.size() > MAX_RUNS) {
            throw new IllegalArgumentException(
                    "a comparison takes two to " + MAX_RUNS + " result files, got " + files.size());
        }
        var runs = files.stream().map(Run::read).toList();
        var labels = new HashMap<String, String>();
        runs.forEach(run -> labels.putAll(run.notes().labels()));
        var notes = new Notes(null, null, labels);
        var baselineSource = "given with --baseline";
        if (baseline == null) {
            for (var i = files.size() - 1; i >= 0; i--) {
                var configured = chapterBaseline(files.get(i));
                if (configured != null) {
                    baseline = configured.baseline();
                    baselineSource = "the chapter's, from " + configured.file();
                    break;
                }
            }
        }
        if (baseline != null) {
            for (var run : runs) {
                requireApproach(run, baseline, notes, baselineSource);
            }
        }
        var settings = new ReportSettings(baseline, null);
        var tables = new ArrayList<List<BenchmarkTable>>();
        for (var run : runs) {
            tables.add(BenchmarkTable.of(run.results(), settings, notes));
        }
        var two = runs.size() == 2;

        var out = new StringBuilder();
        if (two) {
            out.append("Comparing two runs: each time as a ratio to the baseline measured in the same run, at the ")
                    .append("same size and setting, and each approach's rank in both (1 + the approaches faster ")
                    .append("beyond both error bars, 99.9%; equal ranks are not told apart).\n\n");
        } else {
            out.append("Comparing ")
                    .append(runs.size())
                    .append(" runs: each time as a ratio to the baseline measured in the same run, at the same size ")
                    .append("and setting; per approach the median of its ratios, their spread (lowest–highest, and ")
                    .append("(highest − lowest) / median), and its rank in each run (1 + the approaches faster beyond ")
                    .append("both error bars, 99.9%; equal ranks are not told apart).\n\n");
        }
        for (var i = 0; i < runs.size(); i++) {
            out.append("- ")
                    .append(name(i))
                    .append(": `")
                    .append(files.get(i))
                    .append("`. ")
                    .append(runs.get(i).environment().describe())
                    .append('\n');
        }
        for (var i = 0; i < runs.size(); i++) {
            var quick = runs.get(i).results().stream()
                    .filter(r -> !r.settings().isFull())
                    .findFirst();
            if (quick.isPresent()) {
                out.append("\n")
                        .append(name(i))
                        .append(" is not a full run (")
                        .append(quick.get().settings().length())
                        .append("; a full run is ")
                        .append(JmhResult.RunSettings.fullLength())
                        .append("): its error bars are wider and its ranks coarser.\n");
            }
        }
        // the baseline as the tables name it (its label), from the last run that measured it
        String shownBaseline = null;
        for (var i = tables.size() - 1; i >= 0 && shownBaseline == null; i--) {
            shownBaseline = tables.get(i).stream()
                    .map(BenchmarkTable::baseline)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
        }
        if (shownBaseline == null) {
            shownBaseline = baseline;
        }
        out.append("\nBaseline: ")
                .append(
                        baseline == null
                                ? "none configured, so in each group the approach that was fastest in A"
                                : shownBaseline + " (" + baselineSource + ")")
                .append(".\n");

        // benchmarks in the order of the last run, then those it did not measure; groups by size
        var benchmarks = new LinkedHashMap<String, BenchmarkTable[]>();
        for (var i = runs.size() - 1; i >= 0; i--) {
            for (var table : tables.get(i)) {
                benchmarks.computeIfAbsent(table.benchmark(), k -> new BenchmarkTable[runs.size()])[i] = table;
            }
        }
        var changes = new ArrayList<String>();
        for (var entry : benchmarks.entrySet()) {
            var perRun = entry.getValue();
            var any = perRun[perRun.length - 1];
            for (var i = perRun.length - 2; any == null; i--) {
                any = perRun[i];
            }
            var groups = new LinkedHashSet<List<Object>>();
            for (var table : perRun) {
                if (table != null) {
                    table.rows().forEach(row -> groups.add(group(row)));
                }
            }
            var sorted = new ArrayList<>(groups);
            sorted.sort(
                    Comparator.comparing((List<Object> g) -> (Long) g.get(0), Comparator.nullsFirst(Long::compare)));
            for (var group : sorted) {
                var rows = new ArrayList<Map<String, BenchmarkTable.Row>>();
                for (var table : perRun) {
                    rows.add(rows(table, group));
                }
                if (two) {
                    appendGroup(out, entry.getKey(), any, group, rows.get(0), rows.get(1), baseline, notes, changes);
                } else {
                    appendGroupOfRuns(out, entry.getKey(), any, group, rows, baseline, notes, changes);
                }
            }
        }
        out.append('\n');
        if (two) {
            out.append(
                    changes.isEmpty()
                            ? "In all: no approach changed rank."
                            : "In all: " + changes.size() + (changes.size() == 1 ? " approach" : " approaches")
                                    + " changed rank.");
        } else {
            out.append(
                    changes.isEmpty()
                            ? "In all: every approach had the same rank in every run."
                            : "In all: " + changes.size() + (changes.size() == 1 ? " approach" : " approaches")
                                    + " had different ranks in different runs.");
        }
        out.append('\n');
        return out.toString();
    }

    /** A, B, C... for the runs in the order given. */
    private static String name(int run) {
        return String.valueOf((char) ('A' + run));
    }

    /** The title of a group: {@code `SavepointBenchmark.insert`, 1,000 rows, protection: none}. */
    private static String title(String benchmark, BenchmarkTable table, List<Object> group) {
        var size = (Long) group.get(0);
        var setting = (String) group.get(1);
        var title = "`" + benchmark + "`";
        if (size != null) {
            title += ", " + Numbers.grouped(size) + " " + table.sizeParam();
        }
        if (!setting.isEmpty()) {
            title += ", " + setting;
        }
        return title;
    }

    /**
     * One group of three or more runs: each run's ratio, their median and spread, each run's rank, then the approaches
     * whose rank differs between runs and those some run did not measure.
     */
    private static void appendGroupOfRuns(
            StringBuilder out,
            String benchmark,
            BenchmarkTable table,
            List<Object> group,
            List<Map<String, BenchmarkTable.Row>> rows,
            String baseline,
            Notes notes,
            List<String> changes) {
        out.append("\n").append(title(benchmark, table, group)).append("\n\n");
        var fastestA = rows.get(0).values().stream()
                .min(Comparator.comparingDouble(BenchmarkTable.Row::score))
                .map(BenchmarkTable.Row::approach)
                .orElse(null);
        var ratioName = baseline != null ? notes.label(baseline) : fastestA != null ? fastestA : "A's fastest";

        var approaches = new LinkedHashSet<String>();
        for (var runRows : rows) {
            runRows.values().stream()
                    .sorted(Comparator.comparingDouble(BenchmarkTable.Row::score))
                    .forEach(row -> approaches.add(row.approach()));
        }
        var ratios = new LinkedHashMap<String, List<Double>>();
        var medians = new HashMap<String, Double>();
        for (var approach : approaches) {
            var perRun = new ArrayList<Double>();
            for (var runRows : rows) {
                perRun.add(ratio(runRows.get(approach), runRows, baseline, fastestA));
            }
            ratios.put(approach, perRun);
            var median = median(perRun);
            if (median != null) {
                medians.put(approach, median);
            }
        }
        var ordered = new ArrayList<>(approaches);
        ordered.sort(Comparator.comparing(medians::get, Comparator.nullsLast(Double::compare)));

        out.append("| approach |");
        for (var i = 0; i < rows.size(); i++) {
            out.append(" × ").append(ratioName).append(' ').append(name(i)).append(" |");
        }
        out.append(" median | spread |");
        for (var i = 0; i < rows.size(); i++) {
            out.append(" rank ").append(name(i)).append(" |");
        }
        out.append("\n| --- |").append(" --: |".repeat(2 * rows.size() + 2)).append('\n');

        var common = common(rows);
        var same = sameApproaches(rows);
        var differing = new ArrayList<String>();
        var partly = new ArrayList<String>();
        for (var approach : ordered) {
            var perRun = ratios.get(approach);
            out.append("| ").append(approach.replace("|", "\\|")).append(" |");
            for (var ratio : perRun) {
                out.append(' ')
                        .append(ratio == null ? "–" : Numbers.significant(ratio))
                        .append(" |");
            }
            var median = medians.get(approach);
            out.append(' ')
                    .append(median == null ? "–" : Numbers.significant(median))
                    .append(" | ")
                    .append(spread(perRun, median))
                    .append(" |");
            var ranks = new ArrayList<String>();
            var distinct = new HashSet<Integer>();
            var missing = new ArrayList<String>();
            for (var i = 0; i < rows.size(); i++) {
                var row = rows.get(i).get(approach);
                var rank = rank(approach, rows.get(i), common, same);
                out.append(' ').append(rank == null ? "–" : rank).append(" |");
                ranks.add(name(i) + " " + (rank == null ? "–" : rank));
                if (rank != null) {
                    distinct.add(rank);
                }
                if (row == null) {
                    missing.add(name(i));
                }
            }
            out.append('\n');
            if (distinct.size() > 1) {
                differing.add(approach + " (" + String.join(", ", ranks) + ")");
            }
            if (!missing.isEmpty()) {
                partly.add(approach + " (not in " + String.join(", ", missing) + ")");
            }
        }
        out.append('\n');
        out.append(
                differing.isEmpty()
                        ? "Every approach had the same rank in every run"
                        : "Rank differs between runs: " + String.join(", ", differing));
        if (!partly.isEmpty()) {
            out.append("; not measured in every run: ").append(String.join(", ", partly));
        }
        out.append('.');
        if (!same) {
            out.append(" Ranks count only the ")
                    .append(approaches(common.size()))
                    .append(" every run measured.");
        }
        out.append('\n');
        changes.addAll(differing);
    }

    /**
     * The approaches of a group that every run measuring the group measured. A rank counts the approaches faster than
     * this one, so it depends on which others ran: runs of different sets of approaches (a re-run of the headline
     * approaches only, say) are ranked among these.
     */
    private static Set<String> common(List<Map<String, BenchmarkTable.Row>> rows) {
        Set<String> common = null;
        for (var runRows : rows) {
            if (runRows.isEmpty()) {
                continue;
            }
            if (common == null) {
                common = new LinkedHashSet<>(runRows.keySet());
            } else {
                common.retainAll(runRows.keySet());
            }
        }
        return common == null ? Set.of() : common;
    }

    /** Whether every run that measured the group measured the same approaches in it. */
    private static boolean sameApproaches(List<Map<String, BenchmarkTable.Row>> rows) {
        return rows.stream()
                        .filter(runRows -> !runRows.isEmpty())
                        .map(Map::keySet)
                        .distinct()
                        .count()
                <= 1;
    }

    /**
     * An approach's rank in one run: the run's own when every run measured the same approaches, else 1 + the
     * approaches of {@code common} faster beyond both error bars in this run; null when the run did not measure it, it
     * is not one of {@code common}, or its error is unknown.
     */
    private static Integer rank(
            String approach, Map<String, BenchmarkTable.Row> runRows, Set<String> common, boolean same) {
        var row = runRows.get(approach);
        if (row == null) {
            return null;
        }
        if (same) {
            return row.rank();
        }
        if (!common.contains(approach)) {
            return null;
        }
        return BenchmarkTable.rank(
                row.score(),
                row.error(),
                common.stream().map(runRows::get).toList(),
                BenchmarkTable.Row::score,
                BenchmarkTable.Row::error);
    }

    /** {@code 1 approach}, {@code 3 approaches}. */
    private static String approaches(int count) {
        return count + (count == 1 ? " approach" : " approaches");
    }

    /** The median of the ratios that were measured (of an even number, the mean of the middle two), or null. */
    static Double median(List<Double> values) {
        var known = values.stream().filter(Objects::nonNull).sorted().toList();
        if (known.isEmpty()) {
            return null;
        }
        var middle = known.size() / 2;
        return known.size() % 2 == 1 ? known.get(middle) : (known.get(middle - 1) + known.get(middle)) / 2;
    }

    /**
     * {@code 1.47–1.52 (3.3%)}: the lowest and highest of the measured ratios, and their difference relative to the
     * median to two significant digits; {@code –} when fewer than two runs measured the approach.
     */
    static String spread(List<Double> values, Double median) {
        var known = values.stream().filter(Objects::nonNull).sorted().toList();
        if (known.size() < 2) {
            return "–";
        }
        var low = known.get(0);
        var high = known.get(known.size() - 1);
        var percent = (high - low) / median * 100;
        return Numbers.significant(low) + "–" + Numbers.significant(high) + " ("
                + (percent < 0.005 ? "0" : Numbers.significant(percent, 2)) + "%)";
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
        out.append("\n").append(title(benchmark, table, group)).append("\n\n");

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
        var common = common(List.of(rowsA, rowsB));
        var same = sameApproaches(List.of(rowsA, rowsB));
        var changed = new ArrayList<String>();
        var onlyA = new ArrayList<String>();
        var onlyB = new ArrayList<String>();
        for (var approach : series) {
            var rowA = rowsA.get(approach);
            var rowB = rowsB.get(approach);
            var ratioA = ratio(rowA, rowsA, baseline, fastestA);
            var ratioB = ratio(rowB, rowsB, baseline, fastestA);
            var rankA = rank(approach, rowsA, common, same);
            var rankB = rank(approach, rowsB, common, same);
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
        out.append('.');
        if (!same) {
            out.append(" Ranks count only the ")
                    .append(approaches(common.size()))
                    .append(" both runs measured.");
        }
        out.append('\n');
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
        var parent = directory.getParent();
        if (parent != null) {
            candidates.add(parent.resolve("bench"));
            // a re-run kept in bench/reruns/<db>-<n>/ belongs to the chapter of that bench/
            if (parent.getFileName() != null
                    && parent.getFileName().toString().equals(Rerun.DIRECTORY)
                    && parent.getParent() != null) {
                candidates.add(parent.getParent());
            }
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
