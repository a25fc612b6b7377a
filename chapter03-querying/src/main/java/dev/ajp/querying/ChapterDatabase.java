package dev.ajp.querying;

import dev.ajp.kit.Database;
import dev.ajp.model.SampleData;

/**
 * The chapter's database, as the main, the tests and the benchmarks open it: the shared schema and the tutorial's
 * students and courses ({@link SampleData#canonical()}).
 */
public final class ChapterDatabase {

    private ChapterDatabase() {}

    /** A fresh, recorded database as the chapter's main uses it. */
    public static Database open() {
        return setup().data(SampleData.canonical()).open();
    }

    /** The kit's setup with the chapter's schema: a test or a benchmark adds its data, {@code unrecorded()}, settings. */
    public static Database.Setup setup() {
        return Database.setup().sharedSchema();
    }
}
