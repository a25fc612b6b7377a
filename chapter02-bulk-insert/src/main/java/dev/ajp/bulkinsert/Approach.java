package dev.ajp.bulkinsert;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The approaches that run on every database, by the names the README, the main and the benchmark report use, and how
 * to build each on a {@link Database}. The ones only PostgreSQL has are in {@link PostgresApproach}, among them each
 * batched approach of this list again, on connections whose driver rewrites batches ({@link #on(Database, Map)}).
 */
public enum Approach implements BulkInsertApproach {
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
    JDBC_BATCH("JDBC/batch", (db, driver) -> new JdbcBatch(students(db, driver).dataSource()));

    private final String label;
    private final String table;
    private final BiFunction<Database, Map<String, String>, BulkInsert> factory;

    Approach(String label, BiFunction<Database, Map<String, String>, BulkInsert> factory) {
        this(label, "students", factory);
    }

    Approach(String label, String table, BiFunction<Database, Map<String, String>, BulkInsert> factory) {
        this.label = label;
        this.table = table;
        this.factory = factory;
    }

    @Override
    public BulkInsert on(Database db) {
        return on(db, Map.of());
    }

    /**
     * The approach on a second pool of the database whose connections are opened with these driver properties
     * ({@link Database#dataSource(Map)}): the same code, the same schema, another connection setup.
     */
    public BulkInsert on(Database db, Map<String, String> driverProperties) {
        return factory.apply(db, driverProperties);
    }

    @Override
    public boolean runsOn(DatabaseSettings.Kind database) {
        return true;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** Hibernate, EclipseLink, Jdbi and the DataSource for the shared entities, once per database and properties. */
    private static Frameworks students(Database db, Map<String, String> driverProperties) {
        return db.frameworks(driverProperties, Student.class, Course.class);
    }
}
