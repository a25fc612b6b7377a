package dev.ajp.mixins;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.time.Clock;
import java.util.List;

/**
 * One approach ready to be measured, for {@link TimestampsBenchmark} and {@link PostgresTimestampsBenchmark}: a fresh
 * database with the chapter's schema, opened unrecorded; the approach on it with its framework started; the students
 * to insert, built once.
 */
final class InsertRun implements AutoCloseable {

    private final Approach approach;
    private final Database db;
    private final TimestampedRows rows;
    private final List<NewStudent> students;

    InsertRun(Approach approach, int count) {
        this.approach = approach;
        var kind = DatabaseSettings.fromEnvironment().kind();
        this.db = Database.setup().unrecorded().scripts(Approach.schema(kind)).open();
        try {
            this.rows = approach.on(db, Clock.systemUTC());
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        this.students = NewStudent.generated(count);
    }

    /** Removes the rows of the previous invocation; the sequences go on, as they would in production. */
    void emptyTheTable() {
        db.jdbi().useHandle(handle -> handle.execute("truncate table " + approach.studentTable()));
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
