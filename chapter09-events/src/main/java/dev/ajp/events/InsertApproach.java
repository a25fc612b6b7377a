package dev.ajp.events;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An approach of the chapter, from one of its two lists: {@link Approach}, which runs on every database, and
 * {@link PostgresApproach}, which needs PostgreSQL. The main and the tests iterate over {@link #runningOn}; each
 * benchmark takes one of the two enums as its parameter, so that a run on H2 never meets an approach it cannot run.
 */
public sealed interface InsertApproach permits Approach, PostgresApproach {

    /** The enum constant's name, as JMH records it. */
    String name();

    /** The name in the README, the main's output and the benchmark report. */
    String label();

    /** Where the name is normalised and the audit row written. */
    Hooks hooks();

    /** Whether it can run on this database. */
    boolean runsOn(DatabaseSettings.Kind database);

    /**
     * The approach on a database opened for it ({@link EventsSchema#open(InsertApproach)}); the frameworks it uses come
     * from the database, which closes them.
     *
     * @throws IllegalArgumentException for a PostgreSQL approach on another database, saying so
     */
    InsertStudents on(Database db);

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

    /** Every approach of the chapter: {@link Approach}'s, then {@link PostgresApproach}'s. */
    static List<InsertApproach> all() {
        return Stream.concat(Stream.of(Approach.values()), Stream.of(PostgresApproach.values()))
                .map(InsertApproach.class::cast)
                .toList();
    }

    /** The approaches that can run on this database, in {@link #all()}'s order. */
    static List<InsertApproach> runningOn(DatabaseSettings.Kind database) {
        return all().stream().filter(a -> a.runsOn(database)).toList();
    }
}
