package dev.ajp.events;

import static dev.ajp.events.Hooks.IN_THE_APPLICATION;
import static dev.ajp.events.Hooks.IN_THE_DATABASE;
import static dev.ajp.events.Hooks.NONE;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.Map;
import java.util.function.Function;

/**
 * The approaches that run on every database, by the names the README, the main and the benchmark report use, and how
 * to build each on a {@link Database}. The one only PostgreSQL has is in {@link PostgresApproach}.
 */
public enum Approach implements InsertApproach {
    // Baselines: a plain insert, nothing normalised, nothing audited
    HIBERNATE_NO_HOOK("Hibernate/no-hook", NONE, db -> students(db, JpaProvider.HIBERNATE, Map.of(), false)),
    ECLIPSELINK_NO_HOOK("EclipseLink/no-hook", NONE, db -> students(db, JpaProvider.ECLIPSELINK, Map.of(), false)),
    JDBI_NO_HOOK(
            "Jdbi/no-hook",
            NONE,
            db -> new JdbiBatchInsert(
                    InsertApproach.frameworks(db).jdbi(), db.settings().kind())),

    // Hooks in the application
    HIBERNATE_JPA_CALLBACKS(
            "Hibernate/jpa-callbacks",
            IN_THE_APPLICATION,
            db -> callbackStudents(db, JpaProvider.HIBERNATE)),
    ECLIPSELINK_JPA_CALLBACKS(
            "EclipseLink/jpa-callbacks",
            IN_THE_APPLICATION,
            db -> callbackStudents(db, JpaProvider.ECLIPSELINK)),
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
            db -> new JdbiDao(
                    InsertApproach.frameworks(db).jdbi(), db.settings().kind())),

    // Hooks in the database: the same code as the baselines, on a database with the triggers
    HIBERNATE_TRIGGER(
            "Hibernate/trigger", IN_THE_DATABASE, db -> students(db, JpaProvider.HIBERNATE, Map.of(), false)),
    ECLIPSELINK_TRIGGER(
            "EclipseLink/trigger", IN_THE_DATABASE, db -> students(db, JpaProvider.ECLIPSELINK, Map.of(), false)),
    JDBI_TRIGGER(
            "Jdbi/trigger",
            IN_THE_DATABASE,
            db -> new JdbiBatchInsert(
                    InsertApproach.frameworks(db).jdbi(), db.settings().kind())),

    // Hooks in the database, and the application reads back what they wrote
    HIBERNATE_TRIGGER_GENERATED(
            "Hibernate/trigger-generated",
            IN_THE_DATABASE,
            db -> new JpaPersist<>(
                    InsertApproach.frameworks(db, GeneratedNameStudent.class)
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
            db -> new JdbiReturningKeys(
                    InsertApproach.frameworks(db).jdbi(), db.settings().kind()));

    private final String label;
    private final Hooks hooks;
    private final Function<Database, InsertStudents> factory;

    Approach(String label, Hooks hooks, Function<Database, InsertStudents> factory) {
        this.label = label;
        this.hooks = hooks;
        this.factory = factory;
    }

    @Override
    public InsertStudents on(Database db) {
        return factory.apply(db);
    }

    @Override
    public boolean runsOn(DatabaseSettings.Kind database) {
        return true;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Hooks hooks() {
        return hooks;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The shared {@code Student}, on a batching factory with {@code settings} on top. */
    private static InsertStudents students(
            Database db, JpaProvider provider, Map<String, Object> settings, boolean refresh) {
        var factory = InsertApproach.frameworks(db, Student.class, Course.class)
                .jpa(provider, JpaPersist.batchSettings(provider, settings));
        return new JpaPersist<>(
                factory,
                s -> new Student(s.name(), s.age(), s.grade()),
                s -> new InsertedStudent(s.getId(), s.getName()),
                refresh);
    }

    private static InsertStudents callbackStudents(Database db, JpaProvider provider) {
        var factory = InsertApproach.frameworks(db, CallbackStudent.class, InstantAsOffsetDateTime.class)
                .jpa(provider, JpaPersist.batchSettings(provider, Map.of()));
        return new JpaPersist<>(
                factory,
                s -> new CallbackStudent(s.name(), s.age(), s.grade()),
                s -> new InsertedStudent(s.getId(), s.getName()),
                false);
    }
}
