package dev.ajp.bulkinsert;

import dev.ajp.kit.SequenceBlockIds;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Jdbi's {@code PreparedBatch}: one prepared INSERT, many bindings, sent with JDBC's {@code executeBatch}.
 *
 * <p>SQL for N students: one call of {@code students_seq} per 50 students for the ids ({@link SequenceBlockIds}) and one JDBC
 * batch of 50 INSERTs per 50 students, in one transaction. Nothing else: no entity, no persistence context.
 */
public final class JdbiPreparedBatch implements BulkInsert {

    private final Jdbi jdbi;

    public JdbiPreparedBatch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int insert(List<NewStudent> students) {
        try {
            // tag::prepared-batch[]
            jdbi.useTransaction(handle -> {
                try (var ids = new SequenceBlockIds(handle.getConnection(), "students_seq")) {
                    for (var from = 0; from < students.size(); from += BATCH_SIZE) {
                        var batch = handle.prepareBatch(
                                "insert into students (id, name, age, grade) values (:id, :name, :age, :grade)");
                        for (var student : students.subList(from, Math.min(from + BATCH_SIZE, students.size()))) {
                            batch.bind("id", ids.next()).bindMethods(student).add();
                        }
                        batch.execute(); // one JDBC batch
                    }
                }
            });
            // end::prepared-batch[]
            return students.size();
        } catch (Exception e) {
            throw new BulkInsertException(students.size(), e);
        }
    }
}
