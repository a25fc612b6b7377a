package dev.ajp.bulkinsert;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.util.List;
import java.util.stream.Stream;

/**
 * An approach of the chapter, from one of its two lists: {@link Approach}, which runs on every database, and
 * {@link PostgresApproach}, which needs PostgreSQL. The main and the tests iterate over {@link #runningOn}; each
 * benchmark takes one of the two enums as its {@code approach} parameter, so that a run on H2 never meets an approach
 * it cannot run.
 */
public sealed interface BulkInsertApproach permits Approach, PostgresApproach {

    /** The chapter's own schema script (the IDENTITY-keyed table), run after the shared one. */
    String SCHEMA = "/dev/ajp/schema/bulk-insert.sql";

    /** The enum constant's name, as JMH records it. */
    String name();

    /** The name in the README, the main's output and the benchmark report. */
    String label();

    /** The table it writes to. */
    String table();

    /**
     * The values its INSERT binds per row: id, name, age and grade; on the IDENTITY table the database makes the id.
     * (How {@link PostgresWire} tells the rows of a multi-row INSERT.)
     */
    default int valuesPerRow() {
        return table().equals("students_identity") ? 3 : 4;
    }

    /** Whether it can run on this database. */
    boolean runsOn(DatabaseSettings.Kind database);

    /**
     * The approach on a database whose schema is in place (the shared one, then {@link #SCHEMA}); the frameworks it
     * uses come from the database, which closes them.
     *
     * @throws IllegalArgumentException for a PostgreSQL approach on another database, saying so
     */
    BulkInsert on(Database db);

    /** Every approach of the chapter: {@link Approach}'s, then {@link PostgresApproach}'s. */
    static List<BulkInsertApproach> all() {
        return Stream.concat(Stream.of(Approach.values()), Stream.of(PostgresApproach.values()))
                .map(BulkInsertApproach.class::cast)
                .toList();
    }

    /** The approaches that can run on this database, in {@link #all()}'s order. */
    static List<BulkInsertApproach> runningOn(DatabaseSettings.Kind database) {
        return all().stream().filter(a -> a.runsOn(database)).toList();
    }
}
