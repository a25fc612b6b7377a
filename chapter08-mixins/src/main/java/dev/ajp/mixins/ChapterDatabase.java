package dev.ajp.mixins;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;

/**
 * The chapter's database, as the main, the tests and the benchmarks open it: the shared schema, then the chapter's
 * tables ({@link #schema}), and no rows: every approach inserts its own.
 */
public final class ChapterDatabase {

    private ChapterDatabase() {}

    /** The chapter's schema scripts for this database, to run after the shared schema. */
    public static String[] schema(DatabaseSettings.Kind database) {
        return new String[] {
            "/dev/ajp/schema/mixins.sql",
            database == DatabaseSettings.Kind.POSTGRES
                    ? "/dev/ajp/schema/mixins-postgres.sql"
                    : "/dev/ajp/schema/mixins-h2.sql"
        };
    }

    /** A fresh, recorded database with the chapter's schema, on the database the environment selects. */
    public static Database open() {
        return setup().open();
    }

    /**
     * The kit's setup with the chapter's schema for the database the environment selects: a test or a benchmark adds
     * {@code unrecorded()}, its data. (A test on other settings names {@link #schema} for them itself.)
     */
    public static Database.Setup setup() {
        return Database.setup()
                .scripts(schema(DatabaseSettings.fromEnvironment().kind()));
    }
}
