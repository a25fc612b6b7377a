package dev.ajp.bulkinsert;

import dev.ajp.kit.Database;

/**
 * The chapter's database, as the main, the tests and the benchmarks open it: the shared schema, then the chapter's
 * own table ({@link #SCHEMA}), and no rows: every approach inserts into empty tables.
 */
public final class ChapterDatabase {

    /** The chapter's own schema script (the IDENTITY-keyed table), run after the shared one. */
    public static final String SCHEMA = "/dev/ajp/schema/bulk-insert.sql";

    private ChapterDatabase() {}

    /** A fresh, recorded database with the chapter's schema and empty tables. */
    public static Database open() {
        return setup().open();
    }

    /** The kit's setup with the chapter's schema: a test or a benchmark adds its data, {@code unrecorded()}, settings. */
    public static Database.Setup setup() {
        return Database.setup().scripts(SCHEMA);
    }
}
