package dev.ajp.kit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which database to use and how to reach it. This is the only place that reads the settings:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>system property</th><th>environment</th><th>default</th></tr>
 *   <tr><td>{@code db}</td><td>{@code DB}</td><td>{@code h2}; or {@code postgres}</td></tr>
 *   <tr><td>{@code db.url}</td><td>{@code DB_URL}</td><td>a private in-memory H2 database, or
 *       {@code jdbc:postgresql://127.0.0.1:55432/tutorial}</td></tr>
 *   <tr><td>{@code db.user}</td><td>{@code DB_USER}</td><td>{@code sa} (H2), {@code tutorial} (PostgreSQL)</td></tr>
 *   <tr><td>{@code db.password}</td><td>{@code DB_PASSWORD}</td><td>empty (H2), {@code tutorial} (PostgreSQL)</td></tr>
 * </table>
 *
 * A system property wins over the environment. The PostgreSQL defaults match the local server that
 * {@code scripts/postgres start} runs (README.md, "Running on PostgreSQL").
 *
 * @param kind the database product
 * @param url the JDBC URL; for H2 without an explicit URL, {@code null}: every {@link Database} gets a fresh one
 * @param user the user name
 * @param password the password
 */
public record DatabaseSettings(Kind kind, String url, String user, String password) {

    /** The databases this project runs on. */
    public enum Kind {
        H2("h2", "jdbc:h2:"),
        POSTGRES("postgres", "jdbc:postgresql:");

        private final String key;
        private final String urlPrefix;

        Kind(String key, String urlPrefix) {
            this.key = key;
            this.urlPrefix = urlPrefix;
        }

        /** The name used in {@code -Ddb=...} and {@code DB=...}. */
        public String key() {
            return key;
        }

        static Kind fromKey(String value, String source) {
            var key = value.trim().toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(kind -> kind.key.equals(key))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown database '" + value + "' (from " + source
                            + "). Accepted values: " + acceptedValues() + "."));
        }

        static String acceptedValues() {
            return Arrays.stream(values()).map(Kind::key).collect(Collectors.joining(", "));
        }
    }

    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:55432/tutorial";

    /** The settings of this JVM: system properties first, then the environment, then the defaults. */
    public static DatabaseSettings fromEnvironment() {
        return from(System::getProperty, System.getenv());
    }

    /**
     * The settings found through a property lookup and an environment map (the test seam of {@link
     * #fromEnvironment()}).
     *
     * @throws IllegalArgumentException for a database name that is not one of {@link Kind}, naming the accepted
     *     values
     */
    public static DatabaseSettings from(Function<String, String> properties, Map<String, String> environment) {
        var kindSetting = setting(properties, environment, "db", "DB");
        var kind = kindSetting == null ? Kind.H2 : Kind.fromKey(kindSetting.value(), kindSetting.source());
        var urlSetting = setting(properties, environment, "db.url", "DB_URL");
        var url = value(urlSetting);
        if (url != null && !url.startsWith(kind.urlPrefix)) {
            throw new IllegalArgumentException("The database is " + kind.key + " but " + urlSetting.source()
                    + " is '" + url + "', which does not start with " + kind.urlPrefix
                    + ". Set both to the same database.");
        }
        var user = value(setting(properties, environment, "db.user", "DB_USER"));
        var password = value(setting(properties, environment, "db.password", "DB_PASSWORD"));
        return switch (kind) {
            case H2 -> new DatabaseSettings(kind, url, user == null ? "sa" : user, password == null ? "" : password);
            case POSTGRES ->
                new DatabaseSettings(
                        kind,
                        url == null ? DEFAULT_POSTGRES_URL : url,
                        user == null ? "tutorial" : user,
                        password == null ? "tutorial" : password);
        };
    }

    private record Setting(String value, String source) {}

    private static Setting setting(
            Function<String, String> properties, Map<String, String> environment, String property, String variable) {
        var fromProperty = properties.apply(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return new Setting(fromProperty, "-D" + property);
        }
        var fromEnvironment = environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new Setting(fromEnvironment, "environment variable " + variable);
        }
        return null;
    }

    private static String value(Setting setting) {
        return setting == null ? null : setting.value();
    }

    /** A one-line description for a main's header, without the password. */
    public String describe() {
        return switch (kind) {
            case H2 -> url == null ? "H2 (in memory)" : "H2 at " + url;
            case POSTGRES -> "PostgreSQL at " + url + " as " + user;
        };
    }
}
