package dev.ajp.kit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ajp.model.SampleData;
import dev.ajp.model.SampleData.Dataset;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh database for one main, test or benchmark, and the DataSource that all three frameworks use.
 *
 * <p>On H2 it is a private in-memory database; on PostgreSQL a private schema (the connections' search path),
 * dropped with everything in it on {@link #close()}. Either way nothing leaks from one {@code Database} into the
 * next, and two can be open at once.
 *
 * <p>The DataSource is a small connection pool wrapped by datasource-proxy: every statement and transaction call any
 * framework sends reaches the {@link #recorder()}. Benchmarks open it {@linkplain Setup#unrecorded() unrecorded}, on
 * the bare pool.
 *
 * <pre>{@code
 * try (var db = Database.loaded(SampleData.canonical())) {           // shared schema + the tutorial's rows
 *     var emf = db.frameworks(Student.class, Course.class).hibernate(); // started once, closed with db
 *     var recording = db.recorder().record(() -> {
 *         try (var em = emf.createEntityManager()) {
 *             return em.find(Student.class, 1L).getName();
 *         }
 *     });
 *     System.out.println(recording.result() + "\n" + recording.describe()); // Alice, and the one SELECT
 * }
 * }</pre>
 *
 * (DatabaseTest runs this example.)
 * A chapter with tables of its own names its script: {@code Database.setup().scripts(CHAPTER_SCHEMA).open()}.
 */
public final class Database implements AutoCloseable {

    static {
        Logging.install();
    }

    private static final AtomicInteger H2_DATABASES = new AtomicInteger();
    private static final Map<List<String>, Connection> SCHEMA_CONNECTIONS = new HashMap<>();

    private final DatabaseSettings settings;
    private final String schema;
    private final String jdbcUrl;
    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final SqlRecorder recorder;
    private final Map<Map<String, String>, Pool> extraPools = new LinkedHashMap<>();
    private final Map<List<Object>, Frameworks> frameworks = new LinkedHashMap<>();
    private Jdbi jdbi;

    private record Pool(HikariDataSource pool, DataSource dataSource) {}

    private Database(DatabaseSettings settings, boolean recorded) {
        this.settings = settings;
        this.schema = settings.kind() == DatabaseSettings.Kind.POSTGRES ? createPrivateSchema(settings) : null;
        this.jdbcUrl = jdbcUrl(settings);
        this.recorder = recorded ? new SqlRecorder() : null;
        this.pool = pool("ajp", Map.of());
        this.dataSource = recordedIfRecording(pool, "recorded");
        Bench.database(dataSource);
    }

    /** An empty database as the environment selects it ({@link DatabaseSettings#fromEnvironment()}), recorded. */
    public static Database open() {
        return setup().open();
    }

    /**
     * A recorded database holding the shared schema ({@link SampleData#SCHEMA}), then the given scripts (a chapter's
     * own tables), then {@code data}. Nothing of the loading is left in the recorder.
     */
    public static Database loaded(Dataset data, String... scripts) {
        return setup().scripts(scripts).data(data).open();
    }

    /** How to open a database: which one, recorded or not, and what to load into it. */
    public static Setup setup() {
        return new Setup();
    }

    /**
     * What a {@link Database} starts with. {@link #open()} runs, in this order: the shared schema (when any script or
     * data is asked for), the {@linkplain #scripts scripts}, and the {@linkplain #data data}.
     */
    public static final class Setup {
        private DatabaseSettings settings;
        private boolean recorded = true;
        private final List<String> scripts = new ArrayList<>();
        private Dataset data;
        private final List<Consumer<Database>> steps = new ArrayList<>();
        private boolean sharedSchema;
        private boolean resultReuse = true;

        private Setup() {}

        /** These settings instead of the environment's. */
        public Setup settings(DatabaseSettings settings) {
            this.settings = settings;
            return this;
        }

        /**
         * Without the recording proxy, for benchmarks: the frameworks talk to the connection pool directly, and
         * {@link Database#recorder()} is not available.
         */
        public Setup unrecorded() {
            this.recorded = false;
            return this;
        }

        /**
         * Every query is executed, for benchmarks that repeat one query with the same parameters. H2 keeps the result
         * of the last execution of each statement and hands it out again, without reading a table, when the statement
         * runs again with the same parameters on unchanged tables (its {@code OPTIMIZE_REUSE_RESULTS} setting, on by
         * default); this switches that off for the whole database. A PostgreSQL server has no such cache, so nothing
         * changes there.
         *
         * <p>The same cache is how H2 evaluates an uncorrelated {@code IN (SELECT ...)} once per statement: each row
         * tested asks the subquery again, and gets the kept result. Without it H2 runs the subquery again for every
         * row tested, which a server does not do; a benchmark of such a statement measures that, not the statement.
         */
        public Setup withoutResultReuse() {
            this.resultReuse = false;
            return this;
        }

        /** The shared schema of students and courses ({@link SampleData#SCHEMA}), and nothing else yet. */
        public Setup sharedSchema() {
            this.sharedSchema = true;
            return this;
        }

        /** Class-path SQL scripts to run after the shared schema, in order (plain SQL: statements end with {@code ;} at the end of a line, a {@code $$} block stays whole). */
        public Setup scripts(String... resources) {
            this.sharedSchema = true;
            scripts.addAll(List.of(resources));
            return this;
        }

        /** A data set to insert into the shared tables after the scripts ({@link SampleData#insert}). */
        public Setup data(Dataset data) {
            this.sharedSchema = true;
            this.data = data;
            return this;
        }

        /**
         * A chapter's own step after the data, before the recorder is emptied: its own rows, or triggers that the data
         * must not fire. Steps run in the order they were added.
         */
        public Setup then(Consumer<Database> step) {
            steps.add(step);
            return this;
        }

        /** Opens the database and loads what was asked; on failure it is closed again and nothing is left. */
        public Database open() {
            var db = new Database(settings == null ? DatabaseSettings.fromEnvironment() : settings, recorded);
            try {
                if (!resultReuse && db.settings.kind() == DatabaseSettings.Kind.H2) {
                    db.sharedJdbi().useHandle(handle -> handle.execute("set optimize_reuse_results false"));
                }
                if (sharedSchema) {
                    db.runScript(SampleData.SCHEMA);
                }
                scripts.forEach(db::runScript);
                if (data != null) {
                    SampleData.insert(db.dataSource(), data);
                }
                steps.forEach(step -> step.accept(db));
                if (db.recorder != null) {
                    db.recorder.clear();
                }
                return db;
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** The DataSource to give every framework: pooled, and recorded unless opened unrecorded. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * A second DataSource on this same database (the same private schema on PostgreSQL), whose connections are
     * opened with extra driver properties, for example {@code reWriteBatchedInserts=true} or {@code autosave=always}
     * (PostgreSQL). It is recorded into the same {@link #recorder()} when this database is, pooled, made once per
     * set of properties and closed with this database.
     *
     * @throws IllegalArgumentException for PostgreSQL driver properties on H2, naming them
     */
    public synchronized DataSource dataSource(Map<String, String> driverProperties) {
        var key = Map.copyOf(new TreeMap<>(driverProperties));
        if (key.isEmpty()) {
            return dataSource;
        }
        if (settings.kind() == DatabaseSettings.Kind.H2) {
            throw new IllegalArgumentException("Driver properties " + new TreeMap<>(driverProperties)
                    + " are for PostgreSQL's driver; this database is " + settings.describe()
                    + ". Run with -Ppostgres (or DB=postgres) to use them.");
        }
        return extraPools
                .computeIfAbsent(key, properties -> {
                    var extra = pool("ajp-" + properties.keySet().iterator().next(), properties);
                    return new Pool(extra, recordedIfRecording(extra, "recorded " + properties));
                })
                .dataSource();
    }

    /** What reached JDBC through this database's DataSources. */
    public SqlRecorder recorder() {
        if (recorder == null) {
            throw new IllegalStateException("This database was opened unrecorded (for a benchmark): nothing records"
                    + " its statements. Use Database.open() to count SQL.");
        }
        return recorder;
    }

    /** Whether this database records (see {@link Setup#unrecorded()}). */
    public boolean recorded() {
        return recorder != null;
    }

    /** Runs a SQL script from the class path (plain SQL: statements end with {@code ;} at the end of a line, a {@code $$} block stays whole), for example a module's schema. */
    public void runScript(String resource) {
        SqlScript.run(dataSource, resource);
    }

    /**
     * The one Jdbi on {@link #dataSource()} that every {@link Frameworks} of this database without driver properties
     * hands out as {@link Frameworks#jdbi()}: a chapter gets it there, beside Hibernate and EclipseLink.
     */
    private synchronized Jdbi sharedJdbi() {
        if (jdbi == null) {
            jdbi = Jdbi.create(dataSource).installPlugins();
        }
        return jdbi;
    }

    /**
     * Hibernate, EclipseLink and Jdbi on {@link #dataSource()} for these entity classes: one {@link Frameworks} per
     * list of classes, whose factories are started on first use and closed with this database.
     */
    public Frameworks frameworks(Class<?>... entities) {
        return frameworks(Map.of(), entities);
    }

    /** {@link #frameworks(Class[])} on {@link #dataSource(Map) the DataSource with these driver properties}. */
    public synchronized Frameworks frameworks(Map<String, String> driverProperties, Class<?>... entities) {
        var key = List.<Object>of(Map.copyOf(driverProperties), List.of(entities));
        return frameworks.computeIfAbsent(
                key,
                k -> new Frameworks(
                        dataSource(driverProperties),
                        recorder,
                        driverProperties.isEmpty() ? sharedJdbi() : null,
                        entities));
    }

    /** Closes the frameworks started here, the pools, then drops the database (H2) or the private schema (PostgreSQL). */
    @Override
    public void close() {
        synchronized (this) {
            var started = new ArrayList<>(frameworks.values());
            for (var i = started.size() - 1; i >= 0; i--) {
                started.get(i).close();
            }
            frameworks.clear();
            extraPools.values().forEach(p -> p.pool().close());
            extraPools.clear();
        }
        pool.close();
        if (schema != null) {
            dropPrivateSchema(settings, schema);
        } else if (settings.url() == null) {
            shutDownPrivateH2(jdbcUrl, settings);
        }
    }

    private DataSource recordedIfRecording(DataSource pooled, String name) {
        return recorder == null
                ? pooled
                : ProxyDataSourceBuilder.create(pooled)
                        .name(name)
                        .listener(recorder.listener())
                        .build();
    }

    private HikariDataSource pool(String name, Map<String, String> driverProperties) {
        var config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        driverProperties.forEach(config::addDataSourceProperty);
        if (schema != null) {
            config.setSchema(schema);
        }
        return new HikariDataSource(config);
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

    private static String jdbcUrl(DatabaseSettings settings) {
        if (settings.url() != null) {
            return settings.url();
        }
        // A name of its own per database: tests and benchmarks never see each other's rows.
        return "jdbc:h2:mem:ajp" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1";
    }

    private static String createPrivateSchema(DatabaseSettings settings) {
        var schema = "ajp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            onSchemaConnection(settings, "create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Connected to " + settings.url() + " but could not create a schema: " + e.getMessage(), e);
        }
        return schema;
    }

    private static void dropPrivateSchema(DatabaseSettings settings, String schema) {
        try {
            onSchemaConnection(settings, "drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs a statement on the one connection per server and user that creates and drops the private schemas, opened
     * on first use and kept for the life of the JVM. A PostgreSQL connection is a server process of its own, and
     * starting one costs the server tens of milliseconds of CPU on a small machine: two of them per database (one to
     * create the schema, one to drop it) were most of what the PostgreSQL test pass spent.
     */
    private static synchronized void onSchemaConnection(DatabaseSettings settings, String sql) throws SQLException {
        var key = List.of(settings.url(), settings.user(), settings.password());
        var connection = SCHEMA_CONNECTIONS.get(key);
        if (connection == null || !connection.isValid(5)) {
            if (connection != null) {
                connection.close();
            }
            connection = connect(settings);
            SCHEMA_CONNECTIONS.put(key, connection);
        }
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
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
