package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Which database, in which version, a set of results was measured on.
 *
 * <p>The database comes from the {@code -Ddb=...} that the parent pom's bench profile passes to the benchmark JVM
 * (else from the result file's name). H2 runs inside the benchmark JVM, so its version is the one the build
 * manages. PostgreSQL's server version is asked of the server with {@code psql}, using the connection settings
 * the kit would use (the benchmark JVM's {@code -Ddb.url}/{@code -Ddb.user}/{@code -Ddb.password}, else the
 * {@code DB_URL}/{@code DB_USER}/{@code DB_PASSWORD} environment, else the loopback defaults), then of
 * {@code pg_config --version}; when neither can tell, it is just "PostgreSQL".
 */
final class DatabaseVersion {

    private static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:55432/tutorial";

    private DatabaseVersion() {}

    /** {@code H2 2.5.252}, or {@code PostgreSQL 15.14 (Debian 15.14-0+deb12u1), JDBC driver 42.7.14}; asks the server only if told to. */
    static String describe(List<JmhResult> results, String db, boolean askServer) {
        var jvm = results.get(0).jvm();
        var kind = jvm.systemProperty("db") != null ? jvm.systemProperty("db") : db;
        var versions = buildVersions();
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "h2" -> "H2 " + versions.getProperty("h2");
            case "postgres", "postgresql" -> {
                var server = askServer ? postgresServer(jvm) : null;
                yield (server == null ? "PostgreSQL" : server) + ", JDBC driver " + versions.getProperty("postgresql");
            }
            default -> kind;
        };
    }

    private static String postgresServer(JmhResult.Jvm jvm) {
        var url = setting(jvm, "db.url", "DB_URL", DEFAULT_POSTGRES_URL);
        if (url.startsWith("jdbc:postgresql://")) {
            var uri = url.substring("jdbc:".length());
            if (uri.contains("?")) {
                uri = uri.substring(0, uri.indexOf('?')); // JDBC driver options mean nothing to psql
            }
            var user = setting(jvm, "db.user", "DB_USER", "tutorial");
            var password = setting(jvm, "db.password", "DB_PASSWORD", "tutorial");
            var version = Commands.output(
                    List.of("psql", "-X", "-w", "-A", "-t", "-U", user, "-d", uri, "-c", "show server_version"),
                    Map.of("PGPASSWORD", password, "PGCONNECT_TIMEOUT", "3"));
            if (version != null && !version.isBlank()) {
                return "PostgreSQL " + version.strip().lines().findFirst().orElseThrow();
            }
        }
        var pgConfig = Commands.output(List.of("pg_config", "--version"));
        return pgConfig == null || pgConfig.isBlank() ? null : pgConfig.strip();
    }

    private static String setting(JmhResult.Jvm jvm, String property, String variable, String fallback) {
        var value = jvm.systemProperty(property);
        if (value == null) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? fallback : value;
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
