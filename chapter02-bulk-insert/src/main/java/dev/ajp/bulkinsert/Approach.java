package dev.ajp.bulkinsert;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.function.Function;

/**
 * The approaches that run on every database, by the names the README, the main and the benchmark report use, and how
 * to build each on a {@link Database}. The ones only PostgreSQL has are in {@link PostgresApproach}.
 */
public enum Approach implements BulkInsertApproach {
    // One INSERT per row
    HIBERNATE_PER_ROW(
            "Hibernate persist per row", db -> new JpaPersistPerRow(students(db).hibernate())),
    ECLIPSELINK_PER_ROW(
            "EclipseLink persist per row",
            db -> new JpaPersistPerRow(students(db).eclipseLink())),
    JDBI_PER_ROW("Jdbi execute per row", db -> new JdbiExecutePerRow(db.jdbi())),

    // One JDBC batch per 50 rows
    HIBERNATE_BATCHED("Hibernate batched persist", db -> batchedJpa(db, JpaProvider.HIBERNATE)),
    HIBERNATE_INSERT_MULTIPLE(
            "Hibernate insertMultiple",
            db -> new HibernateInsertMultiple(students(db).hibernate())),
    ECLIPSELINK_BATCHED("EclipseLink batch writing", db -> batchedJpa(db, JpaProvider.ECLIPSELINK)),
    JDBI_BATCH("Jdbi PreparedBatch", db -> new JdbiPreparedBatch(db.jdbi())),

    // The trap: the batched Hibernate code on an IDENTITY key
    HIBERNATE_IDENTITY(
            "Hibernate batched persist on IDENTITY",
            "students_identity",
            db -> new JpaBatchedPersist(
                    db.frameworks(IdentityStudent.class)
                            .hibernate(JpaBatchedPersist.batchSettings(JpaProvider.HIBERNATE)),
                    s -> new IdentityStudent(s.name(), s.age(), s.grade()))),

    // The floor for every framework
    JDBC_BATCH("JDBC batch", db -> new JdbcBatch(db.dataSource()));

    private final String label;
    private final String table;
    private final Function<Database, BulkInsert> factory;

    Approach(String label, Function<Database, BulkInsert> factory) {
        this(label, "students", factory);
    }

    Approach(String label, String table, Function<Database, BulkInsert> factory) {
        this.label = label;
        this.table = table;
        this.factory = factory;
    }

    @Override
    public BulkInsert on(Database db) {
        return factory.apply(db);
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

    /** Hibernate, EclipseLink and Jdbi for the shared entities, started once per database and settings. */
    private static Frameworks students(Database db) {
        return db.frameworks(Student.class, Course.class);
    }

    private static BulkInsert batchedJpa(Database db, JpaProvider provider) {
        var factory = students(db).jpa(provider, JpaBatchedPersist.batchSettings(provider));
        return new JpaBatchedPersist(factory, JpaBatchedPersist::student);
    }
}
