package dev.ajp.mixins;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * One approach ready to be measured, for {@link TimestampsBenchmark} and {@link PostgresTimestampsBenchmark}: a fresh
 * database with the chapter's schema, opened unrecorded; the approach on it with its framework started, on PostgreSQL
 * with the driver's {@link Approach#REWRITE_BATCHED_INSERTS} (its best setup for batched INSERTs); the students to
 * insert, built once.
 */
final class InsertRun implements AutoCloseable {

    private final Approach approach;
    private final Database db;
    private final TimestampedRows rows;
    private final List<NewStudent> students;

    InsertRun(Approach approach, int count) {
        this.approach = approach;
        var kind = DatabaseSettings.fromEnvironment().kind();
        this.db = ChapterDatabase.setup().unrecorded().open();
        try {
            var driverProperties = kind == DatabaseSettings.Kind.POSTGRES
                    ? Approach.REWRITE_BATCHED_INSERTS
                    : Map.<String, String>of();
            this.rows = approach.on(db, driverProperties, Clock.systemUTC());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        this.students = NewStudent.generated(count);
    }

    /** Removes the rows of the previous invocation; the sequences go on, as they would in production. */
    void emptyTheTable() {
        db.frameworks().jdbi().useHandle(handle -> handle.execute("truncate table " + approach.studentTable()));
    }

    List<Stamp> insert() {
        var stamps = rows.insertStudents(students);
        if (stamps.size() != students.size() || stamps.get(stamps.size() - 1).updatedAt() == null) {
            throw new IllegalStateException(approach + " did not stamp the " + students.size() + " students");
        }
        return stamps;
    }

    @Override
    public void close() {
        db.close();
    }
}
