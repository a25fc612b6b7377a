package dev.ajp.events;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.util.List;

/**
 * One approach ready to be measured, shared by {@link EventsBenchmark} and {@link PostgresEventsBenchmark}: a fresh
 * database opened unrecorded (no proxy between the framework and the pool), with the triggers if the approach needs
 * them, the approach built on it, and the students to insert, built once.
 */
final class EventsRun implements AutoCloseable {

    private final Approach approach;
    private final Database db;
    private final InsertStudents inserter;
    private final List<NewStudent> students;
    private final List<String> emptyTables;

    EventsRun(Approach approach, int rows) {
        this.approach = approach;
        this.db = ChapterDatabase.setup(approach).unrecorded().open();
        try {
            this.inserter = approach.on(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        this.students = NewStudent.generated(rows);
        // PostgreSQL's TRUNCATE gives the tables fresh, empty files (a DELETE would leave dead rows for autovacuum in
        // the middle of a measurement); it fires no insert trigger. H2 refuses to TRUNCATE a table that a foreign key
        // references (student_courses references students); in memory, its DELETE is cheap.
        this.emptyTables = db.settings().kind() == DatabaseSettings.Kind.POSTGRES
                ? List.of("truncate table students, student_audit cascade")
                : List.of("delete from student_audit", "delete from students");
    }

    /** Removes the rows of the previous invocation (the ids keep growing: the sequence is not reset). */
    void emptyTables() {
        db.frameworks().jdbi().useHandle(handle -> emptyTables.forEach(handle::execute));
    }

    List<InsertedStudent> insert() {
        var inserted = inserter.insert(students);
        if (inserted.size() != students.size()) {
            throw new IllegalStateException(approach + " inserted " + inserted.size() + " of " + students.size());
        }
        return inserted;
    }

    @Override
    public void close() {
        db.close();
    }
}
