package dev.ajp.events;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link JdbiBatchInsert} that asks for the columns the database wrote: {@code executePreparedBatch("id", "name")}
 * returns, for every row of the batch, the values the row ended up with, the trigger's name included, and the batch
 * stays a batch. Jdbi asks the driver for those columns as generated keys: PostgreSQL's driver adds a {@code RETURNING}
 * clause to the INSERT for them, H2 returns the named columns.
 */
public final class JdbiReturningKeys implements InsertStudents {

    private final Jdbi jdbi;
    private final DatabaseSettings.Kind database;

    public JdbiReturningKeys(Jdbi jdbi, DatabaseSettings.Kind database) {
        this.jdbi = jdbi;
        this.database = database;
    }

    @Override
    public List<InsertedStudent> insert(List<NewStudent> students) {
        try {
            return jdbi.inTransaction(handle -> {
                var inserted = new ArrayList<InsertedStudent>();
                try (var ids = new SequenceBlockIds(handle.getConnection(), "students_seq")) {
                    for (var from = 0; from < students.size(); from += BATCH_SIZE) {
                        var batch = handle.prepareBatch(
                                "insert into students (id, name, age, grade) values (:id, :name, :age, :grade)");
                        for (var student : students.subList(from, Math.min(from + BATCH_SIZE, students.size()))) {
                            batch.bind("id", ids.next()).bindMethods(student).add();
                        }
                        Timeline.app("execute() called");
                        // tag::returning[]
                        inserted.addAll(batch.executePreparedBatch("id", "name") // the row as the trigger left it
                                .map((row, ctx) -> new InsertedStudent(row.getLong("id"), row.getString("name")))
                                .list());
                        // end::returning[]
                    }
                }
                Timeline.app("commit");
                return inserted;
            });
        } catch (Exception e) {
            throw new StudentInsertException(students.size(), e);
        }
    }
}
