package dev.ajp.transactions.savepoint;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.transactions.ChapterDatabase;
import java.util.Set;
import java.util.function.Function;

/**
 * Every approach of the chapter that keeps Kevin and leaves the invalid student out, on every database, by the name
 * the README, the main and the benchmarks use. The ways to get it wrong are in {@link NaivePort}.
 */
public enum Approach implements ChapterApproach {
    JDBC_SAVEPOINT(
            "JDBC/savepoint",
            db -> new JdbcSavepoint(db.dataSource(), db.settings().kind())),
    JDBI_SAVEPOINT(
            "Jdbi/savepoint",
            db -> new JdbiSavepoint(db.frameworks().jdbi(), db.settings().kind())),
    HIBERNATE_SAVEPOINT(
            "Hibernate/savepoint",
            db -> new HibernateSavepoint(
                    ChapterDatabase.students(db).hibernate(Batching.settings(JpaProvider.HIBERNATE)))),
    ECLIPSELINK_SAVEPOINT(
            "EclipseLink/savepoint",
            db -> new EclipseLinkSavepoint(
                    ChapterDatabase.students(db).eclipseLink(Batching.settings(JpaProvider.ECLIPSELINK)),
                    db.settings().kind())),
    HIBERNATE_VALIDATE_FIRST(
            "Hibernate/validate-first",
            db -> new JpaValidateFirst(
                    validated(db).hibernate(Batching.settings(JpaProvider.HIBERNATE)), StudentValidator.get())),
    ECLIPSELINK_VALIDATE_FIRST(
            "EclipseLink/validate-first",
            db -> new JpaValidateFirst(
                    validated(db).eclipseLink(Batching.settings(JpaProvider.ECLIPSELINK)), StudentValidator.get())),
    JDBI_VALIDATE_FIRST(
            "Jdbi/validate-first",
            db -> new JdbiValidateFirst(db.frameworks().jdbi(), db.settings().kind(), StudentValidator.get()));

    private final String label;
    private final Function<Database, TutorialTransaction> factory;

    Approach(String label, Function<Database, TutorialTransaction> factory) {
        this.label = label;
        this.factory = factory;
    }

    /** The approach on a database with the tutorial's schema ({@link ChapterDatabase#open()}). */
    public TutorialTransaction on(Database db) {
        return factory.apply(db);
    }

    /** Every approach of this chapter runs on both databases. */
    @Override
    public Set<DatabaseSettings.Kind> databases() {
        return EVERY_DATABASE;
    }

    /** The name in the README, the main's output and the benchmark results. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The frameworks on {@link ValidatedStudent}, for "validate first". */
    static Frameworks validated(Database db) {
        return db.frameworks(ValidatedStudent.class);
    }
}
