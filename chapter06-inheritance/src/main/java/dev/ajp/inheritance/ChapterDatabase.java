package dev.ajp.inheritance;

import dev.ajp.kit.Database;

/**
 * The chapter's database, as the main, the tests and the benchmarks open it: the shared schema, the chapter's tables
 * of the three layouts ({@link #SCHEMA}) and the tutorial's school ({@link School#canonical()}) in all three. Another
 * school goes in with {@code setup().then(school::load)}.
 */
public final class ChapterDatabase {

    /** The chapter's tables, in the three layouts. Run after the shared schema. */
    public static final String SCHEMA = "/dev/ajp/schema/inheritance.sql";

    private ChapterDatabase() {}

    /** A fresh, recorded database as the chapter's main uses it. */
    public static Database open() {
        return setup().then(School.canonical()::load).open();
    }

    /** The kit's setup with the chapter's schema: a test or a benchmark adds its data, {@code unrecorded()}, settings. */
    public static Database.Setup setup() {
        return Database.setup().scripts(SCHEMA);
    }
}
