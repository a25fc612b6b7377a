package dev.ajp.bulkinsert;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Every approach of the chapter, by the name the README, the main and the benchmark use, and how to build it on a
 * {@link Database}. The main, the tests and the benchmark all iterate over this list.
 */
public enum Approach {
    // One INSERT per row
    HIBERNATE_PER_ROW(
            "Hibernate persist per row",
            db -> new JpaPersistPerRow(db.entityManagerFactory(JpaProvider.HIBERNATE, Student.class, Course.class))),
    ECLIPSELINK_PER_ROW(
            "EclipseLink persist per row",
            db -> new JpaPersistPerRow(db.entityManagerFactory(JpaProvider.ECLIPSELINK, Student.class, Course.class))),
    JDBI_PER_ROW("Jdbi execute per row", db -> new JdbiExecutePerRow(db.jdbi())),

    // One JDBC batch per 50 rows
    HIBERNATE_BATCHED("Hibernate batched persist", db -> batchedJpa(db, JpaProvider.HIBERNATE)),
    HIBERNATE_INSERT_MULTIPLE(
            "Hibernate insertMultiple",
            db -> new HibernateInsertMultiple(
                    db.entityManagerFactory(JpaProvider.HIBERNATE, Student.class, Course.class))),
    ECLIPSELINK_BATCHED("EclipseLink batch writing", db -> batchedJpa(db, JpaProvider.ECLIPSELINK)),
    JDBI_BATCH("Jdbi PreparedBatch", db -> new JdbiPreparedBatch(db.jdbi())),

    // The trap: the batched Hibernate code on an IDENTITY key
    HIBERNATE_IDENTITY(
            "Hibernate batched persist on IDENTITY",
            "students_identity",
            false,
            db -> new JpaBatchedPersist(
                    db.entityManagerFactory(
                            JpaProvider.HIBERNATE,
                            JpaBatchedPersist.batchSettings(JpaProvider.HIBERNATE),
                            IdentityStudent.class),
                    s -> new IdentityStudent(s.name(), s.age(), s.grade()))),

    // The floor
    JDBC_BATCH("JDBC batch", db -> new JdbcBatch(db.dataSource())),
    JDBC_REWRITTEN_BATCH("JDBC batch rewritten", "students", true, JdbcRewrittenBatch::new),
    POSTGRES_COPY("PostgreSQL COPY", "students", true, db -> new PostgresCopy(db.dataSource()));

    private final String label;
    private final String table;
    private final boolean postgresOnly;
    private final Function<Database, BulkInsert> factory;

    Approach(String label, Function<Database, BulkInsert> factory) {
        this(label, "students", false, factory);
    }

    Approach(String label, String table, boolean postgresOnly, Function<Database, BulkInsert> factory) {
        this.label = label;
        this.table = table;
        this.postgresOnly = postgresOnly;
        this.factory = factory;
    }

    /** The approach with this {@link #label()} (the benchmark's {@code approach} parameter). */
    public static Approach named(String label) {
        return Arrays.stream(values())
                .filter(a -> a.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No approach is named '" + label + "'; the names are "
                        + Arrays.stream(values()).map(Approach::label).toList()));
    }

    /**
     * Builds the approach on a database whose schema is in place ({@code SampleData.SCHEMA}, then {@link #SCHEMA}).
     * Close it when done; its factories are closed with the database.
     */
    public BulkInsert on(Database db) {
        return factory.apply(db);
    }

    /** Whether the approach can run on this database; PostgreSQL-only ones cannot run on H2. */
    public boolean runsOn(DatabaseSettings.Kind database) {
        return !postgresOnly || database == DatabaseSettings.Kind.POSTGRES;
    }

    public boolean postgresOnly() {
        return postgresOnly;
    }

    /** The table it writes to. */
    public String table() {
        return table;
    }

    /** The name in the README, the main's output and the benchmark results. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The chapter's own schema script (the IDENTITY-keyed table), run after the shared one. */
    public static final String SCHEMA = "/dev/ajp/schema/bulk-insert.sql";

    private static BulkInsert batchedJpa(Database db, JpaProvider provider) {
        var factory = db.entityManagerFactory(
                provider, JpaBatchedPersist.batchSettings(provider), Student.class, Course.class);
        return new JpaBatchedPersist(factory, JpaBatchedPersist::student);
    }
}
