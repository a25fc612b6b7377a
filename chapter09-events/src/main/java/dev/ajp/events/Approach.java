package dev.ajp.events;

import static dev.ajp.events.Hooks.IN_THE_APPLICATION;
import static dev.ajp.events.Hooks.IN_THE_DATABASE;
import static dev.ajp.events.Hooks.NONE;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.InstantAsOffsetDateTime;
import dev.ajp.model.Student;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Every approach of the chapter, by the names the README, the main and the benchmark report use, where it runs, and
 * how to build each on a {@link Database} opened for it ({@link ChapterDatabase#setup(Approach)}). The last one needs
 * PostgreSQL: EclipseLink reading the trigger's name back with {@code @ReturnInsert}, which it can build only where the
 * database has {@code INSERT ... RETURNING}; {@code PostgresEventsBenchmark} measures it, and runs only when the build
 * targets PostgreSQL.
 */
public enum Approach implements ChapterApproach {
    // Baselines: a plain insert, nothing normalised, nothing audited
    HIBERNATE_NO_HOOK("Hibernate/no-hook", NONE, db -> students(db, JpaProvider.HIBERNATE, Map.of(), false)),
    ECLIPSELINK_NO_HOOK("EclipseLink/no-hook", NONE, db -> students(db, JpaProvider.ECLIPSELINK, Map.of(), false)),
    JDBI_NO_HOOK(
            "Jdbi/no-hook",
            NONE,
            db -> new JdbiBatchInsert(frameworks(db).jdbi(), db.settings().kind())),

    // Hooks in the application
    HIBERNATE_JPA_CALLBACKS(
            "Hibernate/jpa-callbacks", IN_THE_APPLICATION, db -> callbackStudents(db, JpaProvider.HIBERNATE)),
    ECLIPSELINK_JPA_CALLBACKS(
            "EclipseLink/jpa-callbacks", IN_THE_APPLICATION, db -> callbackStudents(db, JpaProvider.ECLIPSELINK)),
    HIBERNATE_EVENT_LISTENER(
            "Hibernate/event-listeners",
            IN_THE_APPLICATION,
            db -> students(
                    db,
                    JpaProvider.HIBERNATE,
                    HibernateListenerIntegrator.settings(HibernateNormaliseAndAudit.class),
                    false)),
    ECLIPSELINK_DESCRIPTOR_LISTENER(
            "EclipseLink/descriptor-event-listener",
            IN_THE_APPLICATION,
            db -> students(db, JpaProvider.ECLIPSELINK, EclipseLinkListenerCustomizer.SETTINGS, false)),
    JDBI_DAO(
            "Jdbi/dao",
            IN_THE_APPLICATION,
            db -> new JdbiDao(frameworks(db).jdbi(), db.settings().kind())),

    // Hooks in the database: the same code as the baselines, on a database with the triggers
    HIBERNATE_TRIGGER("Hibernate/trigger", IN_THE_DATABASE, db -> students(db, JpaProvider.HIBERNATE, Map.of(), false)),
    ECLIPSELINK_TRIGGER(
            "EclipseLink/trigger", IN_THE_DATABASE, db -> students(db, JpaProvider.ECLIPSELINK, Map.of(), false)),
    JDBI_TRIGGER(
            "Jdbi/trigger",
            IN_THE_DATABASE,
            db -> new JdbiBatchInsert(frameworks(db).jdbi(), db.settings().kind())),

    // Hooks in the database, and the application reads back what they wrote
    HIBERNATE_TRIGGER_GENERATED(
            "Hibernate/trigger-generated",
            IN_THE_DATABASE,
            db -> new JpaPersist<>(
                    frameworks(db, GeneratedNameStudent.class)
                            .hibernate(JpaPersist.batchSettings(JpaProvider.HIBERNATE, Map.of())),
                    s -> new GeneratedNameStudent(s.name(), s.age(), s.grade()),
                    s -> new InsertedStudent(s.getId(), s.getName()),
                    false)),
    ECLIPSELINK_TRIGGER_REFRESH(
            "EclipseLink/trigger-refresh",
            IN_THE_DATABASE,
            db -> students(db, JpaProvider.ECLIPSELINK, Map.of(), true)),
    JDBI_TRIGGER_RETURNING(
            "Jdbi/trigger-returned-keys",
            IN_THE_DATABASE,
            db -> new JdbiReturningKeys(frameworks(db).jdbi(), db.settings().kind())),

    // PostgreSQL only: the trigger's name read back in the INSERT itself
    ECLIPSELINK_TRIGGER_RETURN_INSERT(
            "EclipseLink/trigger-return-insert",
            IN_THE_DATABASE,
            POSTGRES_ONLY,
            db -> new JpaPersist<>(
                    frameworks(db, ReturnInsertStudent.class)
                            .eclipseLink(JpaPersist.batchSettings(JpaProvider.ECLIPSELINK, Map.of())),
                    s -> new ReturnInsertStudent(s.name(), s.age(), s.grade()),
                    s -> new InsertedStudent(s.getId(), s.getName()),
                    false));

    private final String label;
    private final Hooks hooks;
    private final Set<DatabaseSettings.Kind> databases;
    private final Function<Database, InsertStudents> factory;

    Approach(String label, Hooks hooks, Function<Database, InsertStudents> factory) {
        this(label, hooks, EVERY_DATABASE, factory);
    }

    Approach(
            String label,
            Hooks hooks,
            Set<DatabaseSettings.Kind> databases,
            Function<Database, InsertStudents> factory) {
        this.label = label;
        this.hooks = hooks;
        this.databases = databases;
        this.factory = factory;
    }

    /**
     * The approach on a database opened for it ({@link ChapterDatabase#setup(Approach)}); the frameworks it uses come
     * from the database, which closes them.
     *
     * @throws IllegalArgumentException for a PostgreSQL approach on another database, saying so
     */
    public InsertStudents on(Database db) {
        requireRunsOn(db.settings().kind());
        return factory.apply(db);
    }

    @Override
    public Set<DatabaseSettings.Kind> databases() {
        return databases;
    }

    /** The name in the README, the main's output and the benchmark report. */
    @Override
    public String label() {
        return label;
    }

    /** Where the name is normalised and the audit row written. */
    public Hooks hooks() {
        return hooks;
    }

    /**
     * The frameworks an approach runs on, in the best setup for batched inserts: on PostgreSQL through a DataSource
     * whose driver rewrites each JDBC batch of INSERTs into multi-row INSERTs ({@code reWriteBatchedInserts}, chapter
     * 02); H2's driver has no such property. The recorder sees each statement as the framework sent it, before the
     * driver rewrites it, so the counts are the same on both databases.
     */
    static Frameworks frameworks(Database db, Class<?>... entities) {
        var driverProperties = db.settings().kind() == DatabaseSettings.Kind.POSTGRES
                ? Map.of("reWriteBatchedInserts", "true")
                : Map.<String, String>of();
        return db.frameworks(driverProperties, entities);
    }

    @Override
    public String toString() {
        return label;
    }

    /** The shared {@code Student}, on a batching factory with {@code settings} on top. */
    private static InsertStudents students(
            Database db, JpaProvider provider, Map<String, Object> settings, boolean refresh) {
        var factory =
                frameworks(db, Student.class, Course.class).jpa(provider, JpaPersist.batchSettings(provider, settings));
        return new JpaPersist<>(
                factory,
                s -> new Student(s.name(), s.age(), s.grade()),
                s -> new InsertedStudent(s.getId(), s.getName()),
                refresh);
    }

    private static InsertStudents callbackStudents(Database db, JpaProvider provider) {
        var factory = frameworks(db, CallbackStudent.class, InstantAsOffsetDateTime.class)
                .jpa(provider, JpaPersist.batchSettings(provider, Map.of()));
        return new JpaPersist<>(
                factory,
                s -> new CallbackStudent(s.name(), s.age(), s.grade()),
                s -> new InsertedStudent(s.getId(), s.getName()),
                false);
    }
}
