package dev.ajp.mixins;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Every approach of the chapter, under the name the README, the main, the tests and the benchmark use, and how to build
 * it on a {@link Database} that holds the chapter's schema ({@link ChapterDatabase}). Each JPA factory gets its provider's
 * batch settings: inserts are batched wherever the provider can batch them.
 */
public enum Approach implements ChapterApproach {
    // The JVM's clock
    HIBERNATE_CALLBACKS(
            "Hibernate/jpa-callbacks",
            Clocked.JVM,
            (db, driver, clock) -> jpa(db, driver, JpaProvider.HIBERNATE, JpaMixin.CALLBACKS, clock)),
    ECLIPSELINK_CALLBACKS(
            "EclipseLink/jpa-callbacks",
            Clocked.JVM,
            (db, driver, clock) -> jpa(db, driver, JpaProvider.ECLIPSELINK, JpaMixin.CALLBACKS, clock)),
    HIBERNATE_CREATION_TIMESTAMP(
            "Hibernate/creation-timestamp",
            Clocked.JVM,
            (db, driver, clock) -> jpa(db, driver, JpaProvider.HIBERNATE, JpaMixin.CREATION_TIMESTAMP, clock)),
    JDBI_SQL_OBJECT_MIXIN(
            "Jdbi/sql-object-mixin",
            Clocked.JVM,
            (db, driver, clock) -> new JdbiSqlObjectMixin(db.frameworks(driver).jdbi(), clock)),

    // The database's clock
    HIBERNATE_CURRENT_TIMESTAMP(
            "Hibernate/current-timestamp",
            Clocked.DATABASE,
            (db, driver, clock) -> jpa(db, driver, JpaProvider.HIBERNATE, JpaMixin.CURRENT_TIMESTAMP, clock)),
    HIBERNATE_GENERATED(
            "Hibernate/generated",
            Clocked.DATABASE,
            (db, driver, clock) -> jpa(db, driver, JpaProvider.HIBERNATE, JpaMixin.GENERATED, clock)),
    ECLIPSELINK_REFRESH(
            "EclipseLink/refresh",
            Clocked.DATABASE,
            (db, driver, clock) -> jpa(db, driver, JpaProvider.ECLIPSELINK, JpaMixin.DATABASE_CLOCK, clock)),
    ECLIPSELINK_RETURNING(
            "EclipseLink/return-insert",
            Clocked.DATABASE,
            (db, driver, clock) -> jpa(db, driver, JpaProvider.ECLIPSELINK, JpaMixin.RETURNING, clock)),
    JDBI_GENERATED_KEYS(
            "Jdbi/generated-keys",
            Clocked.DATABASE,
            (db, driver, clock) -> new JdbiGeneratedKeys(db.frameworks(driver).jdbi()));

    /**
     * PostgreSQL's driver property that sends each JDBC batch of INSERTs as multi-row INSERTs (chapter 02): the best
     * setup of every approach that batches its INSERTs on PostgreSQL. It does not rewrite a batch that asks for
     * generated keys (Jdbi's), and Hibernate and EclipseLink do not batch an INSERT that returns values.
     */
    public static final Map<String, String> REWRITE_BATCHED_INSERTS = Map.of("reWriteBatchedInserts", "true");

    /** Whose clock an approach's timestamps come from. */
    public enum Clocked {
        /** The application's: a {@link Clock} the approach is given. */
        JVM,
        /** The database's {@code CURRENT_TIMESTAMP}: the start of the writing transaction. */
        DATABASE
    }

    @FunctionalInterface
    private interface Factory {
        TimestampedRows create(Database db, Map<String, String> driverProperties, Clock clock);
    }

    private final String label;
    private final Clocked clocked;
    private final Factory factory;

    Approach(String label, Clocked clocked, Factory factory) {
        this.label = label;
        this.clocked = clocked;
        this.factory = factory;
    }

    /**
     * The approach on this database, its timestamps from {@code clock} if it uses the JVM's clock (the main and the
     * benchmark give {@link Clock#systemUTC()}, the tests a clock they control). Starts its factory if needed.
     *
     * @throws IllegalArgumentException for an approach that does not run on this database
     */
    public TimestampedRows on(Database db, Clock clock) {
        return on(db, Map.of(), clock);
    }

    /**
     * {@link #on(Database, Clock)} on connections opened with these driver properties (see {@link
     * Database#dataSource(Map)}): the benchmark gives PostgreSQL's driver {@link #REWRITE_BATCHED_INSERTS}.
     *
     * @throws IllegalArgumentException for driver properties on H2
     */
    public TimestampedRows on(Database db, Map<String, String> driverProperties, Clock clock) {
        requireRunsOn(db.settings().kind());
        return factory.create(db, driverProperties, clock);
    }

    /**
     * Where it runs: {@link #ECLIPSELINK_RETURNING} needs PostgreSQL (EclipseLink's H2 platform cannot build an INSERT
     * with a RETURNING clause); every other approach runs on both databases.
     */
    @Override
    public Set<DatabaseSettings.Kind> databases() {
        return this == ECLIPSELINK_RETURNING ? POSTGRES_ONLY : EVERY_DATABASE;
    }

    public Clocked clocked() {
        return clocked;
    }

    /**
     * The table of its students: {@code stamped_students} where the approach writes the timestamps itself, {@code
     * db_clock_students} where the database does.
     */
    public String studentTable() {
        return switch (this) {
            case HIBERNATE_CALLBACKS,
                    ECLIPSELINK_CALLBACKS,
                    HIBERNATE_CREATION_TIMESTAMP,
                    JDBI_SQL_OBJECT_MIXIN,
                    HIBERNATE_CURRENT_TIMESTAMP -> "stamped_students";
            case HIBERNATE_GENERATED, ECLIPSELINK_REFRESH, ECLIPSELINK_RETURNING, JDBI_GENERATED_KEYS ->
                "db_clock_students";
        };
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

    private static TimestampedRows jpa(
            Database db, Map<String, String> driverProperties, JpaProvider provider, JpaMixin mixin, Clock clock) {
        var frameworks = db.frameworks(driverProperties, mixin.managedClasses());
        var factory = switch (provider) {
            case HIBERNATE ->
                frameworks.hibernate(Map.of(
                        "hibernate.jdbc.batch_size",
                        String.valueOf(TimestampedRows.BATCH_SIZE),
                        "hibernate.order_inserts",
                        "true",
                        // Hibernate's own seam for the clock of @CreationTimestamp and @UpdateTimestamp (since 6.6)
                        "hibernate.testing.clock",
                        clock));
            case ECLIPSELINK ->
                frameworks.eclipseLink(Map.of(
                        "eclipselink.jdbc.batch-writing",
                        "JDBC",
                        "eclipselink.jdbc.batch-writing.size",
                        String.valueOf(TimestampedRows.BATCH_SIZE)));
        };
        if (mixin == JpaMixin.CALLBACKS) {
            TimestampMixin.useClock(clock); // the mixin's static seam: see TimestampMixin
        }
        return new JpaTimestamps(factory, mixin, clock);
    }
}
