package dev.ajp.benchreport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a JMH result file the way {@code -rf json} writes one (the fields the report reads, and a few it does
 * not), so that every test states its own numbers.
 */
final class JmhJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ArrayNode results = MAPPER.createArrayNode();
    private final String db;
    private String mode = "avgt";
    private int warmupIterations = 3;
    private int measurementIterations = 5;

    private JmhJson(String db) {
        this.db = db;
    }

    /** Results of a run with {@code -Ddb=<db>}, as the bench profile starts it. */
    static JmhJson on(String db) {
        return new JmhJson(db);
    }

    /** The settings of the bench-smoke profile: no warm-up, one measured iteration. */
    JmhJson smoke() {
        warmupIterations = 0;
        measurementIterations = 1;
        return this;
    }

    JmhJson mode(String mode) {
        this.mode = mode;
        return this;
    }

    /** One result: the benchmark method, its parameters as {@code name, value} pairs, score, error, unit. */
    JmhJson result(String benchmark, double score, Object error, String unit, String... params) {
        var values = new LinkedHashMap<String, String>();
        for (var i = 0; i < params.length; i += 2) {
            values.put(params[i], params[i + 1]);
        }
        return result(benchmark, score, error, unit, values);
    }

    JmhJson result(String benchmark, double score, Object error, String unit, Map<String, String> params) {
        var result = results.addObject();
        result.put("jmhVersion", "1.37");
        result.put("benchmark", benchmark);
        result.put("mode", mode);
        result.put("threads", 1);
        result.put("forks", 1);
        result.put("jvm", "/usr/lib/jvm/java-17/bin/java");
        result.putArray("jvmArgs").add("-Ddb=" + db).add("-Xmx1g");
        result.put("jdkVersion", "17.0.15");
        result.put("vmName", "OpenJDK 64-Bit Server VM");
        result.put("vmVersion", "17.0.15+6");
        result.put("warmupIterations", warmupIterations);
        result.put("warmupTime", "1 s");
        result.put("warmupBatchSize", 1);
        result.put("measurementIterations", measurementIterations);
        result.put("measurementTime", "1 s");
        result.put("measurementBatchSize", 1);
        var paramsNode = result.putObject("params");
        params.forEach(paramsNode::put);
        ObjectNode metric = result.putObject("primaryMetric");
        metric.put("score", score);
        if (error instanceof Double number) {
            metric.put("scoreError", number);
            metric.putArray("scoreConfidence").add(score - number).add(score + number);
        } else {
            metric.put("scoreError", String.valueOf(error)); // JMH writes "NaN" as a string
        }
        metric.put("scoreUnit", unit);
        metric.putArray("rawData").addArray().add(score);
        result.putObject("secondaryMetrics");
        return this;
    }

    String json() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the file where the bench profile does: {@code <chapter>/target/jmh-result-<db>.json}. */
    Path writeTo(Path chapter) throws IOException {
        var file = chapter.resolve("target").resolve("jmh-result-" + db + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json());
        return file;
    }
}
