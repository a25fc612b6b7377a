package dev.ajp.bulkinsert;

import dev.ajp.kit.SequenceBlockIds;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Jdbi, one statement per row: an {@code Update} executed for each student, in one transaction.
 *
 * <p>SQL for N students: one call of {@code students_seq} per 50 students for the ids ({@link SequenceBlockIds}), and N
 * INSERTs, each its own round trip. Jdbi adds almost nothing to JDBC here; the cost is the round trips.
 */
public final class JdbiExecutePerRow implements BulkInsert {

    private final Jdbi jdbi;

    public JdbiExecutePerRow(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int insert(List<NewStudent> students) {
        try {
            // tag::per-row[]
            jdbi.useTransaction(handle -> {
                var sql = "insert into students (id, name, age, grade) values (:id, :name, :age, :grade)";
                try (var ids = new SequenceBlockIds(handle.getConnection(), "students_seq")) {
                    for (var student : students) {
                        handle.createUpdate(sql)
                                .bind("id", ids.next())
                                .bindMethods(student) // :name, :age, :grade from the record's accessors
                                .execute();
                    }
                }
            });
            // end::per-row[]
            return students.size();
        } catch (Exception e) {
            throw new BulkInsertException(students.size(), e);
        }
    }
}
