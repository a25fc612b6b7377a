package dev.ajp.events;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A plain Jdbi {@code PreparedBatch} of INSERTs, one batch per {@value InsertStudents#BATCH_SIZE} students, and nothing
 * else: Jdbi has no entity, so no entity event. On a database without triggers it is a baseline; on one with them,
 * the triggers do all the work, and the application still holds the names it sent.
 */
public final class JdbiBatchInsert implements InsertStudents {

    private final Jdbi jdbi;
    private final DatabaseSettings.Kind database;

    public JdbiBatchInsert(Jdbi jdbi, DatabaseSettings.Kind database) {
        this.jdbi = jdbi;
        this.database = database;
    }

    @Override
    public List<InsertedStudent> insert(List<NewStudent> students) {
        try {
            return jdbi.inTransaction(handle -> {
                var inserted = new ArrayList<InsertedStudent>();
                try (var ids = new SequenceBlockIds(handle.getConnection(), "students_seq")) {
                    // tag::batch[]
                    for (var from = 0; from < students.size(); from += BATCH_SIZE) {
                        var batch = handle.prepareBatch(
                                "insert into students (id, name, age, grade) values (:id, :name, :age, :grade)");
                        for (var student : students.subList(from, Math.min(from + BATCH_SIZE, students.size()))) {
                            var id = ids.next();
                            batch.bind("id", id).bindMethods(student).add();
                            inserted.add(new InsertedStudent(id, student.name())); // what was sent
                        }
                        Timeline.app("execute() called");
                        batch.execute(); // triggers, if any, run in the database for each row
                    }
                    // end::batch[]
                }
                Timeline.app("commit");
                return inserted;
            });
        } catch (Exception e) {
            throw new StudentInsertException(students.size(), e);
        }
    }
}
