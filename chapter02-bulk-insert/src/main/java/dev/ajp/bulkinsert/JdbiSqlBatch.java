package dev.ajp.bulkinsert;

import static dev.ajp.bulkinsert.BulkInsert.BATCH_SIZE;

import dev.ajp.kit.SequenceBlockIds;
import java.util.Iterator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

/**
 * Jdbi's SqlObject way: the INSERT declared once, on an interface method annotated {@code @SqlBatch}, which Jdbi
 * implements with a {@code PreparedBatch}. Each argument that is a list, an iterator or an array gives one value per
 * row; {@code @BatchChunkSize} cuts the rows into JDBC batches.
 *
 * <p>SQL for N students: the same as {@link JdbiPreparedBatch}, one call of {@code students_seq} per 50 students
 * ({@link SequenceBlockIds}, handed over as an iterator that the batch reads row by row) and one JDBC batch of 50 INSERTs per
 * 50 students, in one transaction.
 *
 * <p>The transaction is the caller's to open. Called outside one, {@code @SqlBatch} opens a transaction per chunk
 * (its {@code transactional} attribute, true by default): every chunk of 50 is committed on its own, and a failure in
 * the third leaves the first two in the table.
 */
public final class JdbiSqlBatch implements BulkInsert {

    // tag::sql-batch[]
    public interface StudentInserts {
        @SqlBatch("insert into students (id, name, age, grade) values (:id, :name, :age, :grade)")
        @BatchChunkSize(BATCH_SIZE) // one JDBC batch per 50 rows (without it: one batch of all the rows)
        void insert(@Bind("id") Iterator<Long> ids, @BindMethods List<NewStudent> students);
    }
    // end::sql-batch[]

    private final Jdbi jdbi;

    public JdbiSqlBatch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int insert(List<NewStudent> students) {
        try {
            // tag::sql-batch-call[]
            jdbi.useTransaction(
                    handle -> { // all chunks in one transaction: all or nothing
                        try (var ids = new SequenceBlockIds(handle.getConnection(), "students_seq")) {
                            handle.attach(StudentInserts.class).insert(ids.iterator(), students);
                        }
                    });
            // end::sql-batch-call[]
            return students.size();
        } catch (Exception e) {
            throw new BulkInsertException(students.size(), e);
        }
    }
}
