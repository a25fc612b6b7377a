package dev.ajp.kit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh, empty database for one main, test or benchmark, and the one DataSource that all three frameworks use.
 *
 * <p>On H2 it is a private in-memory database; on PostgreSQL a private schema (the connections' search path),
 * dropped with everything in it on {@link #close()}. Either way nothing leaks from one {@code Database} into the
 * next, and two can be open at once.
 *
 * <p>The DataSource is a small connection pool wrapped by datasource-proxy: every statement any framework sends
 * reaches the {@link #recorder()}. Benchmarks open it {@linkplain #openUnrecorded() unrecorded}, on the bare pool.
 *
 * <pre>{@code
 * try (var db = Database.open()) {
 *     db.runScript(SampleData.SCHEMA);
 *     SampleData.insert(db, SampleData.canonical());
 *     var emf = db.entityManagerFactory(JpaProvider.HIBERNATE, Student.class, Course.class);
 *     ...
 * }
 * }</pre>
 */
public final class Database implements AutoCloseable {

    static {
        Logging.install();
    }

    private static final AtomicInteger H2_DATABASES = new AtomicInteger();

    private final DatabaseSettings settings;
    private final String schema;
    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final SqlRecorder recorder;
    private final List<EntityManagerFactory> factories = new ArrayList<>();
    private Jdbi jdbi;

    private Database(DatabaseSettings settings, boolean recorded) {
        this.settings = settings;
        this.schema = settings.kind() == DatabaseSettings.Kind.POSTGRES ? createPrivateSchema(settings) : null;
        this.pool = pool(settings, schema);
        this.recorder = recorded ? new SqlRecorder() : null;
        this.dataSource = recorded
                ? ProxyDataSourceBuilder.create(pool)
                        .name("recorded")
                        .listener(recorder)
                        .build()
                : pool;
    }

    /** A fresh database as the environment selects it ({@link DatabaseSettings#fromEnvironment()}), recorded. */
    public static Database open() {
        return new Database(DatabaseSettings.fromEnvironment(), true);
    }

    /** A fresh database on these settings, recorded. */
    public static Database open(DatabaseSettings settings) {
        return new Database(settings, true);
    }

    /**
     * A fresh database as the environment selects it, without the recording proxy, for benchmarks: the frameworks
     * talk to the connection pool directly. {@link #recorder()} is not available.
     */
    public static Database openUnrecorded() {
        return new Database(DatabaseSettings.fromEnvironment(), false);
    }

    /** A fresh database on these settings, without the recording proxy (see {@link #openUnrecorded()}). */
    public static Database openUnrecorded(DatabaseSettings settings) {
        return new Database(settings, false);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** The DataSource to give every framework: pooled, and recorded unless opened unrecorded. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** What reached JDBC through {@link #dataSource()}. */
    public SqlRecorder recorder() {
        if (recorder == null) {
            throw new IllegalStateException("This database was opened unrecorded (for a benchmark): nothing records"
                    + " its statements. Use Database.open() to count SQL.");
        }
        return recorder;
    }

    /** Runs a SQL script from the class path (see {@link SqlScript}), for example a module's schema. */
    public void runScript(String resource) {
        SqlScript.run(dataSource, resource);
    }

    /** Jdbi on {@link #dataSource()}, one per database. A chapter installs the plugins it teaches. */
    public synchronized Jdbi jdbi() {
        if (jdbi == null) {
            jdbi = Jdbi.create(dataSource);
        }
        return jdbi;
    }

    /**
     * A JPA EntityManagerFactory of the given provider on {@link #dataSource()}, for these entity classes, with the
     * kit's settings ({@link JpaProvider}) and then {@code overrides} on top. Closed with this database.
     */
    public EntityManagerFactory entityManagerFactory(
            JpaProvider provider, Map<String, ?> overrides, Class<?>... entities) {
        var factory = provider.createEntityManagerFactory(dataSource, List.of(entities), overrides);
        synchronized (factories) {
            factories.add(factory);
        }
        return factory;
    }

    /** {@link #entityManagerFactory(JpaProvider, Map, Class[])} with the kit's settings only. */
    public EntityManagerFactory entityManagerFactory(JpaProvider provider, Class<?>... entities) {
        return entityManagerFactory(provider, Map.of(), entities);
    }

    /** Closes the factories made here, then drops the database (H2) or the private schema (PostgreSQL). */
    @Override
    public void close() {
        synchronized (factories) {
            for (var i = factories.size() - 1; i >= 0; i--) {
                if (factories.get(i).isOpen()) {
                    factories.get(i).close();
                }
            }
            factories.clear();
        }
        pool.close();
        if (schema != null) {
            dropPrivateSchema(settings, schema);
        } else if (settings.url() == null) {
            shutDownPrivateH2(pool.getJdbcUrl(), settings);
        }
    }

    private static void shutDownPrivateH2(String url, DatabaseSettings settings) {
        try (var connection = DriverManager.getConnection(url, settings.user(), settings.password());
                var statement = connection.createStatement()) {
            statement.execute("shutdown");
        } catch (SQLException e) {
            // 90121 "database is already closed" is what closing the connection reports after a shutdown.
            if (e.getErrorCode() != 90121) {
                throw new IllegalStateException("Could not shut down the H2 database: " + e.getMessage(), e);
            }
        }
    }

    private static HikariDataSource pool(DatabaseSettings settings, String schema) {
        var config = new HikariConfig();
        config.setPoolName("ajp");
        config.setJdbcUrl(jdbcUrl(settings));
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        if (schema != null) {
            config.setSchema(schema);
        }
        return new HikariDataSource(config);
    }

    private static String jdbcUrl(DatabaseSettings settings) {
        if (settings.url() != null) {
            return settings.url();
        }
        // A name of its own per database: tests and benchmarks never see each other's rows.
        return "jdbc:h2:mem:ajp" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    private static String createPrivateSchema(DatabaseSettings settings) {
        var schema = "ajp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = connect(settings);
                var statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Connected to " + settings.url() + " but could not create a schema: " + e.getMessage(), e);
        }
        return schema;
    }

    private static void dropPrivateSchema(DatabaseSettings settings, String schema) {
        try (var connection = connect(settings);
                var statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /** A plain connection that fails fast, with a message that says what to do, when the server is not there. */
    private static Connection connect(DatabaseSettings settings) {
        var properties = new Properties();
        properties.setProperty("user", settings.user());
        properties.setProperty("password", settings.password());
        properties.setProperty("connectTimeout", "5");
        try {
            return DriverManager.getConnection(settings.url(), properties);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(settings, e);
        }
    }
}
