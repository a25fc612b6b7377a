package dev.ajp.benchreport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The results of one benchmark method on one database, as the rows of its table and the bars of its chart.
 *
 * <p>The chapters follow one convention: an {@code approach} {@code @Param} says which approach a result measured,
 * and one int {@code @Param} is the size ({@code rows} or {@code students}). A benchmark without an {@code approach}
 * whose only other parameter is not a size (chapter 04's {@code autosave}) has that parameter as its approach. The
 * approach is shown by the label the run's notes give its value ({@code label.HIBERNATE_LAZY=Hibernate/lazy}), else by
 * the value itself. Any other parameter becomes part of the series name in words, {@code JdbcBatch, batch size: 50}, so that no
 * two rows of a table mean the same thing.
 *
 * <p>Each row has a rank that says which differences the run can tell apart from noise: 1 plus the number of
 * approaches of its group (same size and other parameters) whose whole confidence interval lies below its own.
 * Two approaches whose intervals overlap may be equally fast, so neither counts for the other, and they often share
 * a rank.
 *
 * @param benchmark {@code BulkInsertBenchmark.insert}
 * @param sizeParam the name of the size parameter, or null when the benchmark has none
 * @param unit the unit of every score ({@code ms/op})
 * @param series the series names in the order JMH ran them (the order of the {@code @Param} values), which gives
 *     each approach the same colour at every size
 * @param sizes the sizes, ascending
 * @param rows the table's rows, by size and then fastest first
 * @param perSecond the name of the size parameter counted per second, or null for no such column
 * @param baseline the baseline approach as shown (its label), or null for no ratio column
 */
public record BenchmarkTable(
        String benchmark,
        String sizeParam,
        String unit,
        List<String> series,
        List<Long> sizes,
        List<Row> rows,
        String perSecond,
        String baseline) {

    static final String APPROACH = "approach";
    private static final List<String> SIZE_NAMES = List.of("rows", "students");

    /**
     * One measured combination.
     *
     * @param series the approach, with the values of any extra parameters in words: {@code JDBC savepoint,
     *     protection: savepoint per row}
     * @param approach the approach alone, by its label: {@code JDBC savepoint}
     * @param setting the extra parameters in words, {@code protection: savepoint per row}; empty when there are none.
     *     Rows of the same size and setting are compared with each other (rank, ratio).
     * @param framework the framework the approach uses, or null when its name names none
     * @param rank 1 + the number of rows of its group that are faster beyond both error bars; null when its error is
     *     unknown
     * @param size the size, or null when the benchmark has no size parameter
     * @param score the time per operation, in the table's unit
     * @param error the half-width of the 99.9% confidence interval, NaN when unknown
     * @param perSecond size per second, or null
     * @param ratio score divided by the baseline's score at the same size, or null
     */
    public record Row(
            String series,
            String approach,
            String setting,
            Framework framework,
            Integer rank,
            Long size,
            double score,
            double error,
            Double perSecond,
            Double ratio) {}

    /**
     * The tables of a database's results, one per benchmark method, in the order JMH ran them.
     *
     * @param notes the notes of the run on that database, whose labels name the approaches
     * @throws ReportException when a result is not a time per operation, or when the settings name an approach or
     *     a parameter that no benchmark has
     */
    public static List<BenchmarkTable> of(List<JmhResult> results, ReportSettings settings, Notes notes) {
        var byBenchmark = new LinkedHashMap<String, List<JmhResult>>();
        for (var result : results) {
            byBenchmark
                    .computeIfAbsent(result.benchmark(), b -> new ArrayList<>())
                    .add(result);
        }
        var baseline = settings.baseline() == null ? null : baselineName(results, settings, notes);
        if (settings.per() != null && results.stream().noneMatch(r -> r.params().containsKey(settings.per()))) {
            throw new ReportException(
                    "per=" + settings.per() + " in " + ReportSettings.FILE + " is not a parameter of these benchmarks");
        }
        // A benchmark class that does not measure the baseline itself (chapter 02's PostgreSQL-only approaches) is
        // compared with the baseline that another benchmark of the same run measured at the same size.
        var runBaselines = new LinkedHashMap<List<Object>, Double>();
        if (settings.baseline() != null) {
            for (var group : byBenchmark.values()) {
                var sizeParam = sizeParam(group, settings);
                var approachParam = approachParam(group, sizeParam);
                for (var result : group) {
                    if (isBaseline(result, settings, notes)) {
                        var size = sizeParam == null
                                ? null
                                : Long.valueOf(result.params().get(sizeParam));
                        runBaselines.putIfAbsent(
                                List.of(extras(result, approachParam, sizeParam), Objects.toString(size)),
                                result.score());
                    }
                }
            }
        }
        return byBenchmark.values().stream()
                .map(r -> ofOne(r, settings, notes, baseline, runBaselines))
                .toList();
    }

    private static BenchmarkTable ofOne(
            List<JmhResult> results,
            ReportSettings settings,
            Notes notes,
            String baseline,
            Map<List<Object>, Double> runBaselines) {
        var first = results.get(0);
        for (var result : results) {
            if (!result.unit().endsWith("/op") || !result.unit().equals(first.unit())) {
                throw new ReportException(result.benchmark() + " reports in " + result.unit() + " (mode "
                        + result.mode() + "): the report shows time per operation, so the chapters' benchmarks use "
                        + "@BenchmarkMode(Mode.AverageTime) with one @OutputTimeUnit");
            }
        }
        var sizeParam = sizeParam(results, settings);
        var approachParam = approachParam(results, sizeParam);
        var perSecond = settings.per() != null && settings.per().equals(sizeParam) ? sizeParam : null;
        var series = new LinkedHashSet<String>();
        var sizes = new TreeSet<Long>();
        var measured = new ArrayList<Measured>();
        for (var result : results) {
            var size = sizeParam == null ? null : Long.valueOf(result.params().get(sizeParam));
            var approach = approachName(result, approachParam, notes);
            var setting = setting(result, approachParam, sizeParam, notes);
            var name = setting.isEmpty() ? approach : approach + ", " + setting;
            series.add(name);
            if (size != null) {
                sizes.add(size);
            }
            var value = approachParam == null ? null : result.params().get(approachParam);
            measured.add(new Measured(
                    result,
                    name,
                    approach,
                    setting,
                    Framework.of(value, approach),
                    extras(result, approachParam, sizeParam),
                    size));
        }
        var groups = new LinkedHashMap<List<Object>, List<JmhResult>>();
        var baselines = new LinkedHashMap<List<Object>, Double>();
        for (var m : measured) {
            groups.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m.result);
            if (settings.baseline() != null && isBaseline(m.result, settings, notes)) {
                baselines.put(m.group(), m.result.score());
            }
        }
        var rows = new ArrayList<Row>();
        for (var m : measured) {
            var score = m.result.score();
            var key = m.group();
            var baselineScore = baselines.containsKey(key) ? baselines.get(key) : runBaselines.get(key);
            rows.add(new Row(
                    m.series,
                    m.approach,
                    m.setting,
                    m.framework,
                    rank(m.result, groups.get(key)),
                    m.size,
                    score,
                    m.result.error(),
                    perSecond == null ? null : m.size / (score * secondsPer(first.unit())),
                    baselineScore == null ? null : score / baselineScore));
        }
        rows.sort(Comparator.comparing((Row r) -> r.size() == null ? 0L : r.size())
                .thenComparingDouble(Row::score)
                .thenComparing(Row::series));
        return new BenchmarkTable(
                first.shortName(),
                sizeParam,
                first.unit(),
                List.copyOf(series),
                List.copyOf(sizes),
                List.copyOf(rows),
                perSecond,
                rows.stream().anyMatch(r -> r.ratio() != null) ? baseline : null);
    }

    private record Measured(
            JmhResult result,
            String series,
            String approach,
            String setting,
            Framework framework,
            String extras,
            Long size) {

        /** The results it is compared with, for its rank and its ratio: the same size and other parameters. */
        List<Object> group() {
            return List.of(extras, Objects.toString(size));
        }
    }

    /**
     * 1 + the number of results of the group whose upper bound (score + error) lies below this one's lower bound
     * (score - error): those are faster by more than this run's noise. Null when the error is unknown (a single
     * measured iteration); such a result is not counted for the others either, as nothing says how far it may be
     * off.
     */
    static Integer rank(JmhResult result, List<JmhResult> group) {
        return rank(result.score(), result.error(), group, JmhResult::score, JmhResult::error);
    }

    /**
     * The same rule for any measured thing (a result, a table's row): 1 + the members of the group whose upper bound
     * lies below this score's lower bound, those of unknown error not counted; null when this error is unknown.
     */
    static <T> Integer rank(
            double score,
            double error,
            Collection<T> group,
            ToDoubleFunction<? super T> scoreOf,
            ToDoubleFunction<? super T> errorOf) {
        if (!Double.isFinite(error)) {
            return null;
        }
        var lower = score - error;
        var faster = group.stream()
                .filter(other -> Double.isFinite(errorOf.applyAsDouble(other))
                        && scoreOf.applyAsDouble(other) + errorOf.applyAsDouble(other) < lower)
                .count();
        return 1 + (int) faster;
    }

    /**
     * The baseline as the tables show it: the label of the approach that {@code report.properties} names by label or
     * by value.
     *
     * @throws ReportException when no result measures it, listing the approaches as the tables show them
     */
    private static String baselineName(List<JmhResult> results, ReportSettings settings, Notes notes) {
        var measured = results.stream()
                .filter(r -> isBaseline(r, settings, notes))
                .findFirst()
                .orElseThrow(() -> new ReportException("baseline=" + settings.baseline() + " in "
                        + ReportSettings.FILE + " is not an approach of these results; they have "
                        + results.stream()
                                .map(r -> r.params().get(APPROACH))
                                .filter(Objects::nonNull)
                                .map(notes::label)
                                .collect(Collectors.toCollection(TreeSet::new))));
        return notes.label(measured.params().get(APPROACH));
    }

    /** Whether a result measures the baseline, which {@code report.properties} may name by label or by value. */
    private static boolean isBaseline(JmhResult result, ReportSettings settings, Notes notes) {
        var approach = result.params().get(APPROACH);
        return approach != null
                && (settings.baseline().equals(approach) || settings.baseline().equals(notes.label(approach)));
    }

    /** Whether any row has a ratio to the baseline: the table then has that column. */
    public boolean hasRatios() {
        return baseline != null;
    }

    /**
     * The size parameter: the one {@code per} names, else {@code rows} or {@code students}, else the only other
     * parameter whose values are all whole numbers; null when there is none.
     */
    private static String sizeParam(List<JmhResult> results, ReportSettings settings) {
        var names = new LinkedHashSet<String>();
        results.forEach(r -> names.addAll(r.params().keySet()));
        names.remove(APPROACH);
        var whole = names.stream()
                .filter(name ->
                        results.stream().allMatch(r -> isWhole(r.params().get(name))))
                .toList();
        if (settings.per() != null && whole.contains(settings.per())) {
            return settings.per();
        }
        var known = SIZE_NAMES.stream().filter(whole::contains).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        return whole.size() == 1 ? whole.get(0) : null;
    }

    /**
     * The parameter that names the approach: {@code approach}; else, when the benchmark has exactly one parameter
     * besides its size, that one; else null (the results are named by the benchmark method).
     */
    private static String approachParam(List<JmhResult> results, String sizeParam) {
        var names = new LinkedHashSet<String>();
        results.forEach(r -> names.addAll(r.params().keySet()));
        if (names.contains(APPROACH)) {
            return APPROACH;
        }
        names.remove(sizeParam);
        return names.size() == 1 ? names.iterator().next() : null;
    }

    private static boolean isWhole(String value) {
        if (value == null) {
            return false;
        }
        try {
            Long.parseLong(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The approach as labelled, else its value, else (no approach parameter) the benchmark method. */
    private static String approachName(JmhResult result, String approachParam, Notes notes) {
        var value = approachParam == null ? null : result.params().get(approachParam);
        return value != null
                ? notes.label(value)
                : result.benchmark().substring(result.benchmark().lastIndexOf('.') + 1);
    }

    /**
     * The parameters besides the approach and the size, in words: {@code protection: savepoint per row, batch size:
     * 50}. A value is shown by its label in the run's notes if it has one, else a constant's name in lower case
     * words ({@code SAVEPOINT_PER_ROW}), a whole number with its thousands grouped, anything else as recorded.
     */
    private static String setting(JmhResult result, String approachParam, String sizeParam, Notes notes) {
        return result.params().entrySet().stream()
                .filter(e -> !e.getKey().equals(approachParam) && !e.getKey().equals(sizeParam))
                .map(e -> words(e.getKey()) + ": " + valueInWords(e.getValue(), notes))
                .collect(Collectors.joining(", "));
    }

    /** {@code flushMode} as {@code flush mode}. */
    static String words(String camelCase) {
        return camelCase
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT);
    }

    private static String valueInWords(String value, Notes notes) {
        var label = notes.label(value);
        if (!label.equals(value)) {
            return label;
        }
        if (isWhole(value)) {
            return Numbers.grouped(Long.parseLong(value));
        }
        if (value.matches("[A-Z][A-Z0-9_]*")) {
            return value.replace('_', ' ').toLowerCase(Locale.ROOT);
        }
        return value;
    }

    private static String extras(JmhResult result, String approachParam, String sizeParam) {
        Map<String, String> params = result.params();
        return params.entrySet().stream()
                .filter(e -> !e.getKey().equals(approachParam) && !e.getKey().equals(sizeParam))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Seconds in one unit of a JMH time unit: {@code ms/op} is 0.001. */
    static double secondsPer(String unit) {
        var time = unit.substring(0, unit.indexOf('/'));
        return switch (time) {
            case "ns" -> 1e-9;
            case "us", "µs" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "min" -> 60;
            case "hr" -> 3600;
            case "day" -> 86400;
            default -> throw new ReportException("unknown time unit in " + unit);
        };
    }
}
