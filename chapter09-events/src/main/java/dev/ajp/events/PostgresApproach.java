package dev.ajp.events;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import java.util.Map;
import java.util.function.Function;

/**
 * The approach only PostgreSQL has: EclipseLink reading the trigger's name back with {@code @ReturnInsert}, which it
 * can build only where the database has {@code INSERT ... RETURNING}. Measured by
 * {@code PostgresEventsBenchmark}, which runs only when the build targets PostgreSQL.
 */
public enum PostgresApproach implements InsertApproach {
    ECLIPSELINK_TRIGGER_RETURN_INSERT(
            "EclipseLink/trigger-return-insert",
            db -> new JpaPersist<>(
                    InsertApproach.frameworks(db, ReturnInsertStudent.class)
                            .eclipseLink(JpaPersist.batchSettings(JpaProvider.ECLIPSELINK, Map.of())),
                    s -> new ReturnInsertStudent(s.name(), s.age(), s.grade()),
                    s -> new InsertedStudent(s.getId(), s.getName()),
                    false));

    private final String label;
    private final Function<Database, InsertStudents> factory;

    PostgresApproach(String label, Function<Database, InsertStudents> factory) {
        this.label = label;
        this.factory = factory;
    }

    @Override
    public InsertStudents on(Database db) {
        if (!runsOn(db.settings().kind())) {
            throw new IllegalArgumentException(label + " runs on PostgreSQL only; this database is "
                    + db.settings().describe() + ". Run with -Ppostgres (or DB=postgres).");
        }
        return factory.apply(db);
    }

    @Override
    public boolean runsOn(DatabaseSettings.Kind database) {
        return database == DatabaseSettings.Kind.POSTGRES;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Hooks hooks() {
        return Hooks.IN_THE_DATABASE;
    }

    @Override
    public String toString() {
        return label;
    }
}
