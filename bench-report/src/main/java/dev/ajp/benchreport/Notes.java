package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What the benchmark JVMs of a run wrote down next to their results ({@code jmh-notes-<db>.properties}, see the
 * kit's {@code dev.ajp.kit.Bench}): the database and JDBC driver as the connection reported them, and the name the
 * README uses for each value of the {@code approach} parameter.
 *
 * <p>Only the benchmark JVM knows these: the report runs later, maybe with another driver on the class path and
 * no server to ask, and JMH records an enum parameter by its constant's name ({@code HIBERNATE_LAZY}), not by the
 * name a reader knows ({@code Hibernate/lazy}). Every run of the bench profile leaves them, so results without
 * notes, or notes that name no database, are refused. Keys other than the ones below are ignored, so that the kit
 * may note more without breaking the report.
 *
 * @param database {@code database}: the product name and version, {@code PostgreSQL 15.18 (Debian ...)}
 * @param driver {@code driver}: the JDBC driver's name and version; null when not noted
 * @param labels {@code label.<value>=<name>}: the README name of each approach value that has one
 */
record Notes(String database, String driver, Map<String, String> labels) {

    private static final String LABEL = "label.";

    Notes {
        labels = Map.copyOf(labels);
    }

    /**
     * The notes in a file.
     *
     * @param results the result file they belong to, for the message when they are missing
     * @throws ReportException when there is no such file, it is no properties file or it names no database
     */
    static Notes of(Path file, Path results) {
        if (!Files.isRegularFile(file)) {
            throw new ReportException(results + " came without the notes its benchmark JVMs write next to it (" + file
                    + "): the results come from a run outside the bench profile, or the notes were deleted. Run the"
                    + " benchmarks again with the bench profile.");
        }
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IllegalArgumentException e) { // a malformed unicode escape
            throw new ReportException(file + " is not a properties file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var labels = new TreeMap<String, String>();
        for (var key : properties.stringPropertyNames()) {
            var label = blankToNull(properties.getProperty(key));
            if (key.startsWith(LABEL) && key.length() > LABEL.length() && label != null) {
                labels.put(key.substring(LABEL.length()), label);
            }
        }
        var database = blankToNull(properties.getProperty("database"));
        if (database == null) {
            throw new ReportException(file + " names no database (the key database, which the benchmark JVMs write"
                    + " when they open one)");
        }
        return new Notes(database, blankToNull(properties.getProperty("driver")), labels);
    }

    /** {@code PostgreSQL 15.18 (Debian 15.18-0+deb12u1); JDBC driver: PostgreSQL JDBC Driver 42.7.14}. */
    String describeDatabase() {
        return driver == null ? database : database + "; JDBC driver: " + driver;
    }

    /** The name to show for an approach value: its label, else the value as JMH recorded it. */
    String label(String approach) {
        return labels.getOrDefault(approach, approach);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
