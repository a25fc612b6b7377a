package dev.ajp.bulkinsert;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.util.List;

/**
 * One approach ready to be measured, shared by {@link BulkInsertBenchmark} and {@link PostgresBulkInsertBenchmark}: a
 * fresh database opened unrecorded (no proxy between the framework and the pool), the approach built on it in its best
 * configuration, and the students to insert, built once.
 */
final class BulkInsertRun implements AutoCloseable {

    private final Approach approach;
    private final Database db;
    private final BulkInsert inserter;
    private final List<NewStudent> students;
    private final String emptyTable;

    BulkInsertRun(Approach approach, int rows) {
        this.approach = approach;
        this.db = ChapterDatabase.setup().unrecorded().open();
        try {
            this.inserter = approach.on(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        this.students = NewStudent.generated(rows);
        // PostgreSQL's TRUNCATE gives the table fresh, empty files (a DELETE would leave dead rows for autovacuum to
        // clean up in the middle of a measurement). H2 refuses to TRUNCATE a table that a foreign key references
        // (student_courses references students); in memory, its DELETE is cheap.
        this.emptyTable = db.settings().kind() == DatabaseSettings.Kind.POSTGRES
                ? "truncate table " + approach.table() + " cascade"
                : "delete from " + approach.table();
    }

    /** Removes the rows of the previous invocation (the ids keep growing: the sequence is not reset). */
    void emptyTable() {
        db.frameworks().jdbi().useHandle(handle -> handle.execute(emptyTable));
    }

    int insert() {
        var inserted = inserter.insert(students);
        if (inserted != students.size()) {
            throw new IllegalStateException(approach + " inserted " + inserted + " of " + students.size());
        }
        return inserted;
    }

    @Override
    public void close() {
        db.close();
    }
}
