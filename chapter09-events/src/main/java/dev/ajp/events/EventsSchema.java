package dev.ajp.events;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.model.SampleData.Dataset;

/**
 * The chapter's database: the shared schema, the audit table ({@code events.sql}) and, for the approaches whose hooks
 * are in the database, the triggers.
 *
 * <p>The triggers are the one part of the chapter written twice. The kit runs one script on both databases, which
 * works for tables; a trigger's body is not portable: PostgreSQL runs a PL/pgSQL function, H2 calls a Java class. So
 * there is one trigger script per database, chosen by the database in use.
 */
public final class EventsSchema {

    /** The audit table, after the shared schema. */
    public static final String AUDIT_TABLE = "/dev/ajp/schema/events.sql";

    private EventsSchema() {}

    /** The script that creates the two triggers on {@code students} for this database. */
    // tag::trigger-script[]
    public static String triggerScript(DatabaseSettings.Kind database) {
        return switch (database) {
            case H2 -> "/dev/ajp/schema/events-trigger-h2.sql"; // CALL 'a Java class'
            case POSTGRES -> "/dev/ajp/schema/events-trigger-postgres.sql"; // PL/pgSQL functions
        };
    }
    // end::trigger-script[]

    /** A fresh database for the approach: the schema, no rows, and the triggers if its hooks are in the database. */
    public static Database open(InsertApproach approach) {
        return open(approach, null);
    }

    /**
     * A fresh database for the approach with {@code data} loaded (before the triggers are created: the data's own rows
     * get no audit row).
     */
    public static Database open(InsertApproach approach, Dataset data) {
        var db = Database.setup().scripts(AUDIT_TABLE).data(data).open();
        try {
            if (approach.hooks() == Hooks.IN_THE_DATABASE) {
                installTriggers(db);
            }
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * A fresh database for the approach, unrecorded (for a benchmark): the schema, no rows, and the triggers if its
     * hooks are in the database.
     */
    public static Database openUnrecorded(InsertApproach approach) {
        var db = Database.setup().unrecorded().scripts(AUDIT_TABLE).open();
        try {
            if (approach.hooks() == Hooks.IN_THE_DATABASE) {
                installTriggers(db);
            }
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Creates the triggers, as the database in use writes them. */
    public static void installTriggers(Database db) {
        db.runScript(triggerScript(db.settings().kind()));
        if (db.recorded()) {
            db.recorder().clear();
        }
    }
}
