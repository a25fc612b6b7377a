package dev.ajp.bulkinsert;

import dev.ajp.kit.SequenceBlockIds;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The floor for any framework: plain JDBC, one {@code PreparedStatement}, {@code addBatch} for every student and
 * {@code executeBatch} every {@value BulkInsert#BATCH_SIZE}, in one transaction. Every batched approach of the chapter
 * ends up here; the benchmark shows what each one adds on top.
 *
 * <p>SQL for N students: one call of {@code students_seq} per 50 students ({@link SequenceBlockIds}, the same ids the JPA
 * providers would take) and one JDBC batch of 50 INSERTs per 50 students. How a batch travels is the driver's
 * business: H2 runs it in process; the PostgreSQL driver sends the 50 INSERTs in one network round trip, and with
 * {@code reWriteBatchedInserts=true} rewrites them into multi-row INSERTs first ({@link Approach#JDBC_REWRITTEN_BATCH}).
 */
public final class JdbcBatch implements BulkInsert {

    private final DataSource dataSource;

    public JdbcBatch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int insert(List<NewStudent> students) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var ids = new SequenceBlockIds(connection, "students_seq");
                    var insert = connection.prepareStatement(
                            "insert into students (id, name, age, grade) values (?, ?, ?, ?)")) {
                // tag::jdbc-batch[]
                for (var i = 0; i < students.size(); i++) {
                    var student = students.get(i);
                    insert.setLong(1, ids.next());
                    insert.setString(2, student.name());
                    insert.setInt(3, student.age());
                    insert.setString(4, student.grade());
                    insert.addBatch();
                    if ((i + 1) % BATCH_SIZE == 0 || i + 1 == students.size()) {
                        insert.executeBatch(); // one round trip for the batch
                    }
                }
                connection.commit();
                // end::jdbc-batch[]
                return students.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw new BulkInsertException(students.size(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new BulkInsertException(students.size(), e);
        }
    }
}
