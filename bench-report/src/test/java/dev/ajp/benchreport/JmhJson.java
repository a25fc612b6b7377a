package dev.ajp.benchreport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ajp.kit.Bench;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Builds a JMH result file the way {@code -rf json} writes one (the fields the report reads, and a few it does
 * not), and the notes its benchmark JVMs write next to it, so that every test states its own numbers.
 *
 * <p>The results are those of a full run (the kit's {@code Bench} settings) unless {@link #quick()}, {@link #smoke()}
 * or {@link #settings} says otherwise. Like these and {@link #mode}, {@link #connection} applies to the results added
 * after it. The notes name the database as the kit would, unless a test notes another one or asks for none.
 */
final class JmhJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ArrayNode results = MAPPER.createArrayNode();
    private final String db;
    private String mode = "avgt";
    // a full run: the kit's settings, as every chapter's benchmark takes them
    private int forks = Bench.FORKS;
    private int warmupIterations = Bench.WARMUP_ITERATIONS;
    private String warmupTime = Bench.SECONDS + " s";
    private int measurementIterations = Bench.ITERATIONS;
    private String measurementTime = Bench.SECONDS + " s";
    private String url = "";
    private String user = "";
    private final Properties notes = new Properties();
    private boolean withNotes = true;

    private JmhJson(String db) {
        this.db = db;
        if (db.equals("postgres")) {
            notes.setProperty("database", "PostgreSQL 15.18 (Debian 15.18-0+deb12u1)");
            notes.setProperty("driver", "PostgreSQL JDBC Driver 42.7.14");
        } else {
            notes.setProperty("database", "H2 2.5.252 (2025-01-01)");
            notes.setProperty("driver", "H2 JDBC Driver 2.5.252 (2025-01-01)");
        }
    }

    /** Results of a run with {@code -Ddb=<db>}, as the bench profile starts it. */
    static JmhJson on(String db) {
        return new JmhJson(db);
    }

    /** The settings of the bench-smoke profile: one fork, no warm-up, one measured iteration of 100 ms. */
    JmhJson smoke() {
        return settings(1, 0, "100 ms", 1, "100 ms");
    }

    /** A quick first look: one fork, three short iterations. */
    JmhJson quick() {
        return settings(1, 3, "200 ms", 3, "200 ms");
    }

    /** The forks, warm-up and measured iterations and their lengths, as JMH writes them ({@code 1 s}). */
    JmhJson settings(int forks, int warmupIterations, String warmupTime, int measurementIterations, String time) {
        this.forks = forks;
        this.warmupIterations = warmupIterations;
        this.warmupTime = warmupTime;
        this.measurementIterations = measurementIterations;
        this.measurementTime = time;
        return this;
    }

    JmhJson mode(String mode) {
        this.mode = mode;
        return this;
    }

    /**
     * The connection settings the bench profile passes to the benchmark JVM, which JMH records among its arguments;
     * empty (the kit's defaults) unless set. The password is not among them: it travels in the environment.
     */
    JmhJson connection(String url, String user) {
        this.url = url;
        this.user = user;
        return this;
    }

    /** A run that left no notes (not one of the bench profile). */
    JmhJson withoutNotes() {
        withNotes = false;
        return this;
    }

    /** A line of the run's notes, {@code database=...}, {@code driver=...}. */
    JmhJson note(String key, String value) {
        notes.setProperty(key, value);
        return this;
    }

    /** The README's name of an approach, noted as the kit's {@code Bench.label} does. */
    JmhJson label(Enum<?> approach, String label) {
        return note("label." + approach.name(), label);
    }

    /**
     * One result: the benchmark method, its parameters as {@code name, value} pairs, score, error, unit. A value
     * may be an enum constant, recorded by its name as JMH records an enum {@code @Param}.
     */
    JmhJson result(String benchmark, double score, Object error, String unit, Object... params) {
        var values = new LinkedHashMap<String, String>();
        for (var i = 0; i < params.length; i += 2) {
            var value = params[i + 1] instanceof Enum<?> constant ? constant.name() : params[i + 1].toString();
            values.put(params[i].toString(), value);
        }
        return result(benchmark, score, error, unit, values);
    }

    JmhJson result(String benchmark, double score, Object error, String unit, Map<String, String> params) {
        var result = results.addObject();
        result.put("jmhVersion", "1.37");
        result.put("benchmark", benchmark);
        result.put("mode", mode);
        result.put("threads", 1);
        result.put("forks", forks);
        result.put("jvm", "/usr/lib/jvm/java-17/bin/java");
        result.putArray("jvmArgs")
                .add("-Ddb=" + db)
                .add("-Ddb.url=" + url)
                .add("-Ddb.user=" + user)
                .add("-Dajp.bench.notes=/work/chapter/target/jmh-notes-" + db + ".properties")
                .add("-Xms1g")
                .add("-Xmx1g");
        result.put("jdkVersion", "17.0.15");
        result.put("vmName", "OpenJDK 64-Bit Server VM");
        result.put("vmVersion", "17.0.15+6");
        result.put("warmupIterations", warmupIterations);
        result.put("warmupTime", warmupTime);
        result.put("warmupBatchSize", 1);
        result.put("measurementIterations", measurementIterations);
        result.put("measurementTime", measurementTime);
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

    /**
     * Writes the file where the bench profile does, {@code <chapter>/target/jmh-result-<db>.json}, and the notes
     * (unless {@link #withoutNotes()}) where the benchmark JVMs do, {@code <chapter>/target/jmh-notes-<db>.properties}.
     */
    Path writeTo(Path chapter) throws IOException {
        var file = chapter.resolve("target").resolve("jmh-result-" + db + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json());
        if (withNotes) {
            Files.writeString(notesFile(chapter), notesText());
        }
        return file;
    }

    /** Where {@link #writeTo} writes the notes. */
    Path notesFile(Path chapter) {
        return chapter.resolve("target").resolve("jmh-notes-" + db + ".properties");
    }

    /** The notes as a properties file. */
    String notesText() {
        var text = new StringWriter();
        try {
            notes.store(text, "Written by the benchmark JVMs of the last JMH run");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }
}
