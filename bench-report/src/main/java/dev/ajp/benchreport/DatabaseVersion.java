package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Which database, in which version, a set of results was measured on, in the words of the environment sentence.
 *
 * <p>The benchmark JVMs note the database and the JDBC driver as their connection reports them ({@link Notes}).
 * Nothing is asked of a server when the report runs: the server reachable then need not be the one that was
 * measured. Results of a run without notes tell less: the database is the {@code -Ddb=} that the bench profile
 * passes to the benchmark JVM (else the result file's name), and its version the one this build manages. That is
 * right for H2, whose engine is the library the benchmarks ran with; a PostgreSQL server's version is in no file,
 * so the description says that it was not recorded rather than guess.
 */
final class DatabaseVersion {

    private DatabaseVersion() {}

    /**
     * {@code PostgreSQL 15.18 (Debian 15.18-0+deb12u1); JDBC driver: PostgreSQL JDBC Driver 42.7.14} from the
     * notes; without them {@code H2 2.5.252}, or {@code PostgreSQL (server version not recorded); JDBC
     * driver: 42.7.14}.
     */
    static String describe(Notes notes, List<JmhResult> results, String db) {
        if (notes.database() != null) {
            return notes.driver() == null ? notes.database() : notes.database() + "; JDBC driver: " + notes.driver();
        }
        var kind = results.get(0).jvm().systemProperty("db");
        if (kind == null || kind.isBlank()) {
            kind = db;
        }
        var versions = buildVersions();
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "h2" -> "H2 " + versions.getProperty("h2");
            case "postgres", "postgresql" ->
                "PostgreSQL (server version not recorded); JDBC driver: " + versions.getProperty("postgresql");
            default -> kind;
        };
    }

    /** The versions the parent pom manages, filtered into a resource at build time. */
    private static Properties buildVersions() {
        var properties = new Properties();
        try (var in = DatabaseVersion.class.getResourceAsStream("build-versions.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var key : List.of("h2", "postgresql")) {
            properties.putIfAbsent(key, "(version unknown)");
        }
        return properties;
    }
}
