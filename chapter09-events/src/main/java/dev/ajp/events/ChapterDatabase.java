package dev.ajp.events;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.model.SampleData;

/**
 * The chapter's database, as the main, the tests and the benchmarks open it: the shared schema, the audit table
 * ({@code events.sql}) and, for the approaches whose hooks are in the database, the triggers.
 *
 * <p>The triggers are the one part of the chapter written twice. The kit runs one script on both databases, which
 * works for tables; a trigger's body is not portable: PostgreSQL runs a PL/pgSQL function, H2 calls a Java class. So
 * there is one trigger script per database, chosen by the database in use.
 */
public final class ChapterDatabase {

    /** The audit table, after the shared schema. */
    public static final String AUDIT_TABLE = "/dev/ajp/schema/events.sql";

    private ChapterDatabase() {}

    /** The script that creates the two triggers on {@code students} for this database. */
    // tag::trigger-script[]
    public static String triggerScript(DatabaseSettings.Kind database) {
        return switch (database) {
            case H2 -> "/dev/ajp/schema/events-trigger-h2.sql"; // CALL 'a Java class'
            case POSTGRES -> "/dev/ajp/schema/events-trigger-postgres.sql"; // PL/pgSQL functions
        };
    }
    // end::trigger-script[]

    /** A fresh, recorded database with the chapter's schema and the tutorial's rows, and no trigger. */
    public static Database open() {
        return setup().data(SampleData.canonical()).open();
    }

    /** The kit's setup with the chapter's schema: a test or a benchmark adds its data, {@code unrecorded()}, settings. */
    public static Database.Setup setup() {
        return Database.setup().scripts(AUDIT_TABLE);
    }

    /**
     * The setup for this approach: the chapter's schema, then, after any data (whose rows get no audit row), the
     * triggers if its hooks are in the database.
     */
    public static Database.Setup setup(Approach approach) {
        return setup().then(db -> {
            if (approach.hooks() == Hooks.IN_THE_DATABASE) {
                installTriggers(db);
            }
        });
    }

    /** Creates the triggers, as the database in use writes them. */
    public static void installTriggers(Database db) {
        db.runScript(triggerScript(db.settings().kind()));
        if (db.recorded()) {
            db.recorder().clear();
        }
    }
}
