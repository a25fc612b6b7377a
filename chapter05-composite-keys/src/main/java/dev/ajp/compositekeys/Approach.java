package dev.ajp.compositekeys;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.Set;
import java.util.function.Function;

/**
 * Every approach of the chapter, under the name the README, the main and the tests use, and how to build it on a
 * {@link Database} that holds the shared schema and {@link ChapterDatabase#SCHEMA}.
 */
public enum Approach implements ChapterApproach {
    HIBERNATE_EMBEDDED_ID(
            "Hibernate/embedded-id",
            db -> new JpaEmbeddedId(
                    jpa(db, JpaProvider.HIBERNATE), db.settings().kind())),
    ECLIPSELINK_EMBEDDED_ID(
            "EclipseLink/embedded-id",
            db -> new JpaEmbeddedId(
                    jpa(db, JpaProvider.ECLIPSELINK), db.settings().kind())),
    HIBERNATE_ID_CLASS(
            "Hibernate/id-class",
            db -> new JpaIdClass(jpa(db, JpaProvider.HIBERNATE), db.settings().kind())),
    ECLIPSELINK_ID_CLASS(
            "EclipseLink/id-class",
            db -> new JpaIdClass(jpa(db, JpaProvider.ECLIPSELINK), db.settings().kind())),
    JDBI_NESTED_KEY(
            "Jdbi/nested-key",
            db -> new JdbiNestedKey(db.frameworks().jdbi(), db.settings().kind()));

    private final String label;
    private final Function<Database, Enrollments> factory;

    Approach(String label, Function<Database, Enrollments> factory) {
        this.label = label;
        this.factory = factory;
    }

    /** The approach on this database; its frameworks are started once per database and closed with it. */
    public Enrollments on(Database db) {
        return factory.apply(db);
    }

    @Override
    public Set<DatabaseSettings.Kind> databases() {
        return EVERY_DATABASE; // every approach of this chapter runs on every database
    }

    /** The name in the README and the main's output. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /**
     * Hibernate, EclipseLink and Jdbi for the chapter's entities: both variants of {@code Enrollment} in one
     * persistence unit (their entity names differ, see {@link dev.ajp.compositekeys.embeddedid.Enrollment}), with the
     * shared {@code Student} and {@code Course} they refer to.
     */
    public static Frameworks frameworks(Database db) {
        return db.frameworks(
                Student.class,
                Course.class,
                dev.ajp.compositekeys.embeddedid.Enrollment.class,
                dev.ajp.compositekeys.idclass.Enrollment.class);
    }

    private static jakarta.persistence.EntityManagerFactory jpa(Database db, JpaProvider provider) {
        return frameworks(db).jpa(provider);
    }
}
