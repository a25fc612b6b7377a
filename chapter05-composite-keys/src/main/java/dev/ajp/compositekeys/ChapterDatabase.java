package dev.ajp.compositekeys;

import dev.ajp.kit.Database;
import dev.ajp.model.SampleData;

/**
 * The chapter's database, as the main, the tests and the benchmarks open it: the shared schema, the chapter's own
 * {@code enrollments} table ({@link #SCHEMA}) and the tutorial's students and courses.
 */
public final class ChapterDatabase {

    /** The chapter's own schema script: the {@code enrollments} table. Run it after the shared one. */
    public static final String SCHEMA = "/dev/ajp/schema/composite-keys.sql";

    private ChapterDatabase() {}

    /** A fresh, recorded database as the chapter's main uses it. */
    public static Database open() {
        return setup().data(SampleData.canonical()).open();
    }

    /** The kit's setup with the chapter's schema: a test or a benchmark adds its data, {@code unrecorded()}, settings. */
    public static Database.Setup setup() {
        return Database.setup().scripts(SCHEMA);
    }
}
