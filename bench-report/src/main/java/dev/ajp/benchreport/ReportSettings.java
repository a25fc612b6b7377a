package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A chapter's optional {@code bench/report.properties}. Two keys, both optional:
 *
 * <ul>
 *   <li>{@code baseline=JdbcBatch}: the approach the others are compared with, by the label the run's notes give
 *       it or by its {@code approach} value ({@code JDBC_BATCH}). The table gains a column "× JdbcBatch" (the
 *       label): an approach's time per operation divided by the baseline's, at the same size (and the same other
 *       parameters) on the same database. 2.00 means twice as slow as the baseline. A benchmark class that does not
 *       measure the baseline is compared with the one another class of the same run measured.
 *   <li>{@code per=rows}: the size parameter that counts rows. The table gains a column "rows/s": that
 *       parameter's value divided by the time per operation.
 * </ul>
 *
 * @param baseline the baseline approach, or null
 * @param per the name of the size parameter counted per second, or null
 */
public record ReportSettings(String baseline, String per) {

    static final String FILE = "report.properties";
    private static final Set<String> KEYS = Set.of("baseline", "per");

    /** The settings of a chapter's {@code bench} directory; none when it has no {@code report.properties}. */
    public static ReportSettings of(Path benchDirectory) {
        var file = benchDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new ReportSettings(null, null);
        }
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var unknown = new TreeSet<>(properties.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new ReportException(
                    file + ": unknown key(s) " + unknown + "; the keys are baseline=<approach> and per=<size param>");
        }
        return new ReportSettings(
                blankToNull(properties.getProperty("baseline")), blankToNull(properties.getProperty("per")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
