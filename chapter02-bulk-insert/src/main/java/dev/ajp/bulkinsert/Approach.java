package dev.ajp.bulkinsert;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Every approach of the chapter, by the names the README, the main and the benchmark report use, where it runs, and
 * how to build each on a {@link Database}. The last ones need PostgreSQL: every batched approach again, on connections
 * whose driver rewrites batches ({@link #on(Database, Map)}), and COPY, the server's bulk loader. They are measured by
 * {@code PostgresBulkInsertBenchmark}, which runs only when the build targets PostgreSQL.
 */
public enum Approach implements ChapterApproach {
    // One INSERT per row
    HIBERNATE_PER_ROW(
            "Hibernate/persist-per-row",
            (db, driver) -> new JpaPersistPerRow(students(db, driver).hibernate())),
    ECLIPSELINK_PER_ROW(
            "EclipseLink/persist-per-row",
            (db, driver) -> new JpaPersistPerRow(students(db, driver).eclipseLink())),
    JDBI_PER_ROW(
            "Jdbi/execute-per-row",
            (db, driver) -> new JdbiExecutePerRow(students(db, driver).jdbi())),

    // One JDBC batch per 50 rows
    HIBERNATE_BATCHED(
            "Hibernate/batched-persist",
            (db, driver) -> JpaBatchedPersist.of(students(db, driver), JpaProvider.HIBERNATE)),
    HIBERNATE_INSERT_MULTIPLE(
            "Hibernate/insert-multiple",
            (db, driver) -> new HibernateInsertMultiple(students(db, driver).hibernate())),
    ECLIPSELINK_BATCHED(
            "EclipseLink/batch-writing",
            (db, driver) -> JpaBatchedPersist.of(students(db, driver), JpaProvider.ECLIPSELINK)),
    ECLIPSELINK_INSERT_QUERY(
            "EclipseLink/insert-object-query",
            (db, driver) -> new EclipseLinkInsertQuery(
                    students(db, driver).eclipseLink(JpaBatchedPersist.batchSettings(JpaProvider.ECLIPSELINK)))),
    JDBI_BATCH(
            "Jdbi/prepared-batch",
            (db, driver) -> new JdbiPreparedBatch(students(db, driver).jdbi())),
    JDBI_SQL_BATCH(
            "Jdbi/sql-batch",
            (db, driver) -> new JdbiSqlBatch(students(db, driver).jdbi())),

    // The trap: the batched Hibernate code on an IDENTITY key
    HIBERNATE_IDENTITY(
            "Hibernate/batched-persist-identity",
            "students_identity",
            (db, driver) -> new JpaBatchedPersist(
                    db.frameworks(driver, IdentityStudent.class)
                            .hibernate(JpaBatchedPersist.batchSettings(JpaProvider.HIBERNATE)),
                    s -> new IdentityStudent(s.name(), s.age(), s.grade()))),

    // The floor for every framework
    JDBC_BATCH("JDBC/batch", (db, driver) -> new JdbcBatch(students(db, driver).dataSource())),

    // PostgreSQL only
    // tag::rewritten[]
    // Each batched approach, unchanged, on connections opened with reWriteBatchedInserts=true
    JDBC_REWRITTEN_BATCH("JDBC/batch-rewritten", JDBC_BATCH),
    HIBERNATE_BATCHED_REWRITTEN("Hibernate/batched-persist-rewritten", HIBERNATE_BATCHED),
    HIBERNATE_INSERT_MULTIPLE_REWRITTEN("Hibernate/insert-multiple-rewritten", HIBERNATE_INSERT_MULTIPLE),
    ECLIPSELINK_BATCHED_REWRITTEN("EclipseLink/batch-writing-rewritten", ECLIPSELINK_BATCHED),
    ECLIPSELINK_INSERT_QUERY_REWRITTEN("EclipseLink/insert-object-query-rewritten", ECLIPSELINK_INSERT_QUERY),
    JDBI_BATCH_REWRITTEN("Jdbi/prepared-batch-rewritten", JDBI_BATCH),
    JDBI_SQL_BATCH_REWRITTEN("Jdbi/sql-batch-rewritten", JDBI_SQL_BATCH),
    // end::rewritten[]

    // The bulk loader: no INSERT at all
    POSTGRES_COPY("PostgreSQL/copy", POSTGRES_ONLY, "students", (db, driver) -> new PostgresCopy(db.dataSource()));

    // tag::property[]
    /** The driver property; the same as {@code ?reWriteBatchedInserts=true} at the end of the JDBC URL. */
    public static final Map<String, String> REWRITE_BATCHED_INSERTS = Map.of("reWriteBatchedInserts", "true");
    // end::property[]

    private final String label;
    private final Set<DatabaseSettings.Kind> databases;
    private final String table;
    private final BiFunction<Database, Map<String, String>, BulkInsert> factory;

    Approach(String label, BiFunction<Database, Map<String, String>, BulkInsert> factory) {
        this(label, "students", factory);
    }

    Approach(String label, String table, BiFunction<Database, Map<String, String>, BulkInsert> factory) {
        this(label, EVERY_DATABASE, table, factory);
    }

    /** A batched approach of this list on the kit's second pool of the same database, whose connections rewrite. */
    Approach(String label, Approach rewritten) {
        this(label, POSTGRES_ONLY, rewritten.table, (db, driver) -> rewriting(db, rewritten));
    }

    Approach(
            String label,
            Set<DatabaseSettings.Kind> databases,
            String table,
            BiFunction<Database, Map<String, String>, BulkInsert> factory) {
        this.label = label;
        this.databases = databases;
        this.table = table;
        this.factory = factory;
    }

    /**
     * The approach on a database whose schema is in place ({@link ChapterDatabase}); the frameworks it
     * uses come from the database, which closes them.
     *
     * @throws IllegalArgumentException for a PostgreSQL approach on another database, saying so
     */
    public BulkInsert on(Database db) {
        return on(db, Map.of());
    }

    /**
     * The approach on a second pool of the database whose connections are opened with these driver properties
     * ({@link Database#dataSource(Map)}): the same code, the same schema, another connection setup.
     *
     * @throws IllegalArgumentException for a PostgreSQL approach on another database, saying so
     */
    public BulkInsert on(Database db, Map<String, String> driverProperties) {
        requireRunsOn(db.settings().kind());
        return factory.apply(db, driverProperties);
    }

    @Override
    public Set<DatabaseSettings.Kind> databases() {
        return databases;
    }

    /** The table it writes to. */
    public String table() {
        return table;
    }

    /**
     * The values its INSERT binds per row: id, name, age and grade; on the IDENTITY table the database makes the id.
     * (How {@link PostgresWire} tells the rows of a multi-row INSERT.)
     */
    public int valuesPerRow() {
        return table.equals("students_identity") ? 3 : 4;
    }

    /** The name in the README, the main's output and the benchmark report. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The approach on the kit's second pool of the same database, whose connections have the property. */
    private static BulkInsert rewriting(Database db, Approach approach) {
        return approach.on(db, REWRITE_BATCHED_INSERTS);
    }

    /** Hibernate, EclipseLink, Jdbi and the DataSource for the shared entities, once per database and properties. */
    private static Frameworks students(Database db, Map<String, String> driverProperties) {
        return db.frameworks(driverProperties, Student.class, Course.class);
    }
}
