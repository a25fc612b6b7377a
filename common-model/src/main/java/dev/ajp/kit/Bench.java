package dev.ajp.kit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The JMH settings every chapter's benchmarks share, and the notes a benchmark run leaves next to its results.
 *
 * <p><b>Settings.</b> Every benchmark class takes its forks, iterations and heap from these constants:
 *
 * <pre>{@code
 * @Fork(value = Bench.FORKS, jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
 * @Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
 * @Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
 * }</pre>
 *
 * Two forks of ten one-second iterations after five of warm-up, on a fixed 1 GiB heap: the settings under which
 * chapter 02's inserts of 10,000 rows gave error bars well below the differences they rank (one fork of five
 * iterations on a growing heap gave error bars as wide as the differences). Every real run forks: a benchmark
 * shares its JVM with no other. Two profiles override these settings from the command line: {@code bench-quick}
 * (one fork of three short iterations, a first look, written to a file of its own) and {@code bench-smoke} (CI
 * only: each benchmark once, briefly, all of a chapter's in one JVM with {@code -f 0}, which proves that they run
 * and measures nothing).
 *
 * <p><b>Notes.</b> The parent pom's {@code bench} profile tells the benchmark JVMs where the notes go
 * ({@code -Dajp.bench.notes=target/jmh-notes-<db>.properties}). Every {@link Database} opened in such a JVM writes
 * there the database product and version and the JDBC driver it measured, asked of the connection itself; and a
 * benchmark names its approaches with {@link #label}, so that the report shows the names the README uses instead of
 * the enum constants JMH records. bench-report imports the notes with the results.
 */
public final class Bench {

    /** JMH forks per benchmark and parameter combination. */
    public static final int FORKS = 2;

    /** Warm-up iterations per fork. */
    public static final int WARMUP_ITERATIONS = 5;

    /** Measured iterations per fork. */
    public static final int ITERATIONS = 10;

    /** The length of each iteration, warm-up and measured, in seconds. */
    public static final int SECONDS = 1;

    /** A fixed heap: the same garbage collector work in every fork, whatever the heap grew to before. */
    public static final String HEAP_MIN = "-Xms1g";

    public static final String HEAP_MAX = "-Xmx1g";

    /** The system property that holds the notes file of this run. */
    public static final String NOTES = "ajp.bench.notes";

    private Bench() {}

    /**
     * Records the README name of an approach that a benchmark measures under its enum constant's name. Does nothing
     * outside a benchmark run.
     */
    public static void label(Enum<?> approach, String label) {
        note("label." + approach.name(), label);
    }

    /** Records the database a benchmark measures, as the connection reports it. Does nothing outside a run. */
    static void database(DataSource dataSource) {
        if (notesFile() == null) {
            return;
        }
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            note("database", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
            note("driver", meta.getDriverName() + " " + meta.getDriverVersion());
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Could not read the database's version for the notes: " + e.getMessage(), e);
        }
    }

    private static Path notesFile() {
        var file = System.getProperty(NOTES);
        return file == null || file.isBlank() ? null : Path.of(file);
    }

    private static synchronized void note(String key, String value) {
        var file = notesFile();
        if (file == null) {
            return;
        }
        var notes = new Properties();
        try {
            if (Files.isRegularFile(file)) {
                try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    notes.load(reader);
                }
            }
            if (value.equals(notes.getProperty(key))) {
                return;
            }
            notes.setProperty(key, value);
            var text = new StringWriter();
            notes.store(text, null);
            var sorted = text.toString()
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .sorted()
                    .collect(Collectors.joining("\n", "", "\n"));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(
                    file, "# Written by the benchmark JVMs of the last JMH run (dev.ajp.kit.Bench).\n" + sorted);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the benchmark notes " + file, e);
        }
    }
}
