package dev.ajp.transactions.savepoint;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.model.Student;
import dev.ajp.transactions.ChapterDatabase;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The tutorial's second example ported the way it reads, each port one way to lose Kevin (or to keep him on H2 and
 * lose him on PostgreSQL). The tests assert what each one does on each database; the main shows it.
 */
public enum NaivePort implements ChapterApproach {
    HIBERNATE_FLUSH_CAUGHT(
            "Hibernate/flush-caught",
            db -> new JpaFlushCaught(ChapterDatabase.students(db).hibernate(), NaivePort::student)),
    HIBERNATE_FLUSH_CAUGHT_COMPLIANT(
            "Hibernate/flush-caught-jpa-compliant",
            db -> new JpaFlushCaught(
                    ChapterDatabase.students(db).hibernate(Map.of("hibernate.jpa.compliance.transaction", "true")),
                    NaivePort::student)),
    ECLIPSELINK_FLUSH_CAUGHT(
            "EclipseLink/flush-caught",
            db -> new JpaFlushCaught(ChapterDatabase.students(db).eclipseLink(), NaivePort::student)),
    HIBERNATE_VALIDATION_CAUGHT(
            "Hibernate/validation-caught",
            db -> new JpaFlushCaught(Approach.validated(db).hibernate(), NaivePort::validatedStudent)),
    ECLIPSELINK_VALIDATION_CAUGHT(
            "EclipseLink/validation-caught",
            db -> new JpaFlushCaught(Approach.validated(db).eclipseLink(), NaivePort::validatedStudent)),
    HIBERNATE_WORK_THROWS(
            "Hibernate/do-work-throws",
            db -> new HibernateWorkThrows(
                    ChapterDatabase.students(db).hibernate(), db.settings().kind())),
    JDBC_ERROR_CAUGHT(
            "JDBC/error-caught",
            db -> new JdbcErrorCaught(db.dataSource(), db.settings().kind())),
    JDBC_ERROR_CAUGHT_AUTOSAVE_ALWAYS(
            "JDBC/error-caught-autosave-always",
            db -> new JdbcErrorCaught(
                    db.dataSource(Map.of("autosave", "always")), db.settings().kind()),
            POSTGRES_ONLY),
    JDBC_ERROR_CAUGHT_AUTOSAVE_CONSERVATIVE(
            "JDBC/error-caught-autosave-conservative",
            db -> new JdbcErrorCaught(
                    db.dataSource(Map.of("autosave", "conservative")),
                    db.settings().kind()),
            POSTGRES_ONLY),
    JDBI_ERROR_CAUGHT(
            "Jdbi/error-caught",
            db -> new JdbiErrorCaught(db.frameworks().jdbi(), db.settings().kind())),
    JDBI_NESTED_TRANSACTION(
            "Jdbi/nested-use-transaction",
            db -> new JdbiNestedTransaction(
                    db.frameworks().jdbi(), db.settings().kind())),
    JDBI_RELEASE_AFTER_ROLLBACK(
            "Jdbi/release-after-rollback",
            db -> new JdbiReleaseAfterRollback(
                    db.frameworks().jdbi(), db.settings().kind()));

    private final String label;
    private final Function<Database, TutorialTransaction> factory;
    private final Set<DatabaseSettings.Kind> databases;

    NaivePort(String label, Function<Database, TutorialTransaction> factory) {
        this(label, factory, EVERY_DATABASE);
    }

    NaivePort(String label, Function<Database, TutorialTransaction> factory, Set<DatabaseSettings.Kind> databases) {
        this.label = label;
        this.factory = factory;
        this.databases = databases;
    }

    /**
     * The port on a database with the tutorial's schema.
     *
     * @throws IllegalArgumentException for a PostgreSQL driver setting on H2 (see {@link #runsOn})
     */
    public TutorialTransaction on(Database db) {
        return factory.apply(db);
    }

    /** Where it can run: the driver's autosave exists on PostgreSQL only. */
    @Override
    public Set<DatabaseSettings.Kind> databases() {
        return databases;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    private static Student student(NewStudent s) {
        return new Student(s.name(), s.age(), s.grade());
    }

    private static ValidatedStudent validatedStudent(NewStudent s) {
        return new ValidatedStudent(s.name(), s.age(), s.grade());
    }
}
