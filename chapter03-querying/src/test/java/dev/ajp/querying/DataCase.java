package dev.ajp.querying;

import dev.ajp.kit.Database;
import dev.ajp.model.SampleData;
import dev.ajp.model.SampleData.Dataset;
import java.util.List;

/**
 * A data set the tests run every form on, with the HAVING threshold and the page size that make sense for it.
 *
 * <p>The generated set (205 students, 3 courses each out of 10) gives counts of 61 and 62 per course, so that a
 * threshold of 62 keeps some courses and drops others, and ordering by the count differs from ordering by id.
 */
record DataCase(String name, Dataset data, long havingMin, int pageSize) {

    static final DataCase CANONICAL = new DataCase("canonical", SampleData.canonical(), 2, 3);
    static final DataCase GENERATED = new DataCase("generated(205, 3)", SampleData.generated(205, 3), 62, 100);

    static List<DataCase> all() {
        return List.of(CANONICAL, GENERATED);
    }

    /** A fresh database holding this data set. */
    Database open() {
        return ChapterDatabase.setup().data(data).open();
    }

    @Override
    public String toString() {
        return name;
    }
}
