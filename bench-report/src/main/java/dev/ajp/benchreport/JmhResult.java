package dev.ajp.benchreport;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ajp.kit.Bench;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of JMH's JSON output ({@code -rf json}): one benchmark method run with one combination of
 * {@code @Param} values.
 *
 * @param benchmark the fully qualified benchmark method, {@code dev.ajp.bulkinsert.BulkInsertBenchmark.insert}
 * @param mode JMH's short name of the mode, {@code avgt} for {@code Mode.AverageTime}
 * @param params the {@code @Param} values, in the order of the file
 * @param score the primary score, in {@code unit}
 * @param error the half-width of its 99.9% confidence interval; NaN when JMH could not tell (one iteration)
 * @param unit the score's unit, {@code ms/op}
 * @param jvm the JVM the benchmark ran in
 * @param settings how JMH ran it
 */
public record JmhResult(
        String benchmark,
        String mode,
        Map<String, String> params,
        double score,
        double error,
        String unit,
        Jvm jvm,
        RunSettings settings) {

    public JmhResult {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * The JVM of a run.
     *
     * @param jdkVersion {@code 17.0.15}
     * @param vmName {@code OpenJDK 64-Bit Server VM}
     * @param vmVersion {@code 17.0.15+6-Debian-1deb12u1}
     * @param jvmArgs the arguments of the forked JVM, where the bench profile puts {@code -Ddb=...}
     */
    public record Jvm(String jdkVersion, String vmName, String vmVersion, List<String> jvmArgs) {

        public Jvm {
            jvmArgs = List.copyOf(jvmArgs);
        }

        /** The value of {@code -Dname=value} among the JVM arguments, or null. */
        public String systemProperty(String name) {
            var prefix = "-D" + name + "=";
            return jvmArgs.stream()
                    .filter(arg -> arg.startsWith(prefix))
                    .map(arg -> arg.substring(prefix.length()))
                    .reduce((first, last) -> last)
                    .orElse(null);
        }
    }

    /**
     * How JMH ran a benchmark: what decides how much the numbers can be trusted.
     *
     * @param jmhVersion {@code 1.37}
     * @param forks the number of forked JVMs
     * @param threads the number of threads
     * @param warmupIterations warm-up iterations per fork
     * @param warmupTime the length of one, as JMH writes it ({@code 1 s})
     * @param measurementIterations measured iterations per fork
     * @param measurementTime the length of one
     */
    public record RunSettings(
            String jmhVersion,
            int forks,
            int threads,
            int warmupIterations,
            String warmupTime,
            int measurementIterations,
            String measurementTime) {

        /** The length of a full run's iterations as JMH writes it, {@code 1 s}. */
        static final String FULL_ITERATION = Bench.SECONDS + " s";

        /** {@code JMH 1.37, 1 fork, 3 warm-up iterations of 1 s, 5 measured iterations of 1 s, 1 thread}. */
        public String describe() {
            return "JMH " + jmhVersion + ", " + length() + ", " + count(threads, "thread");
        }

        /** {@code 2 forks, 5 warm-up iterations of 1 s, 10 measured iterations of 1 s}: how long it ran. */
        public String length() {
            var warmup = warmupIterations == 0
                    ? "no warm-up"
                    : count(warmupIterations, "warm-up iteration") + " of " + warmupTime;
            return count(forks, "fork") + ", " + warmup + ", " + count(measurementIterations, "measured iteration")
                    + " of " + measurementTime;
        }

        /**
         * Whether this is a full run: the forks, warm-up and measured iterations and their length that the kit's
         * {@code dev.ajp.kit.Bench} gives every benchmark. A quick or smoke run, which overrides them from the
         * command line, is a first look and not a chapter's figures.
         */
        public boolean isFull() {
            return forks == Bench.FORKS
                    && warmupIterations == Bench.WARMUP_ITERATIONS
                    && warmupTime.equals(FULL_ITERATION)
                    && measurementIterations == Bench.ITERATIONS
                    && measurementTime.equals(FULL_ITERATION);
        }

        /** The settings of a full run, as {@link #length()} writes them. */
        public static String fullLength() {
            return new RunSettings(
                            "",
                            Bench.FORKS,
                            1,
                            Bench.WARMUP_ITERATIONS,
                            FULL_ITERATION,
                            Bench.ITERATIONS,
                            FULL_ITERATION)
                    .length();
        }

        private static String count(int n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }

    /** {@code BulkInsertBenchmark.insert}: the class's simple name and the method. */
    public String shortName() {
        var method = benchmark.lastIndexOf('.');
        var type = benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    /**
     * Reads a JMH JSON result file.
     *
     * @throws ReportException when the file cannot be read or is not JMH's JSON output, naming the file and
     *     what is wrong
     */
    public static List<JmhResult> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new ReportException(
                    file + " is not valid JSON (" + e.getOriginalMessage() + ", at " + location(e) + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isArray()) {
            throw new ReportException(file + " is not JMH JSON output: expected an array of results");
        }
        if (root.isEmpty()) {
            throw new ReportException(file + " holds no results: did every benchmark fail?");
        }
        var results = new ArrayList<JmhResult>();
        for (var i = 0; i < root.size(); i++) {
            results.add(parse(root.get(i), file + ", result " + (i + 1)));
        }
        return results;
    }

    private static JmhResult parse(JsonNode node, String where) {
        var metric = node.path("primaryMetric");
        var params = new LinkedHashMap<String, String>();
        node.path("params")
                .properties()
                .forEach(p -> params.put(p.getKey(), p.getValue().asText()));
        var jvmArgs = new ArrayList<String>();
        node.path("jvmArgs").forEach(arg -> jvmArgs.add(arg.asText()));
        return new JmhResult(
                text(node, "benchmark", where),
                text(node, "mode", where),
                params,
                number(metric.path("score"), "primaryMetric.score", where),
                number(metric.path("scoreError"), null, where),
                text(metric, "scoreUnit", where),
                new Jvm(
                        node.path("jdkVersion").asText("unknown"),
                        node.path("vmName").asText("unknown"),
                        node.path("vmVersion").asText("unknown"),
                        jvmArgs),
                new RunSettings(
                        node.path("jmhVersion").asText("(unknown version)"),
                        node.path("forks").asInt(),
                        node.path("threads").asInt(1),
                        node.path("warmupIterations").asInt(),
                        node.path("warmupTime").asText("?"),
                        node.path("measurementIterations").asInt(),
                        node.path("measurementTime").asText("?")));
    }

    private static String text(JsonNode node, String field, String where) {
        var value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) {
            throw new ReportException(where + " has no \"" + field + "\": not JMH JSON output?");
        }
        return value.asText();
    }

    /** JMH writes a number, or the string "NaN" for an error it could not compute. */
    private static double number(JsonNode value, String requiredField, String where) {
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        if (requiredField != null) {
            throw new ReportException(where + " has no number in \"" + requiredField + "\": not JMH JSON output?");
        }
        return Double.NaN;
    }

    private static String location(JacksonException e) {
        var location = e.getLocation();
        return location == null
                ? "unknown position"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
