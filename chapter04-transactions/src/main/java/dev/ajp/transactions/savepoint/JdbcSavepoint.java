package dev.ajp.transactions.savepoint;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC, the reference every other approach is measured by: {@code setSavepoint} before each risky INSERT,
 * {@code rollback(savepoint)} when the database rejects it, {@code releaseSavepoint} when it does not.
 *
 * <p>The tutorial's second example sends: {@code setAutoCommit(false)}, the sequence call, Kevin's INSERT (a batch of
 * one), {@code setSavepoint(risky)}, the rejected INSERT, {@code rollback(risky)}, {@code commit}. A rolled-back
 * savepoint undoes exactly what came after it, also on PostgreSQL, where the error had aborted the transaction: after
 * the rollback to the savepoint it accepts statements again.
 */
public final class JdbcSavepoint implements TutorialTransaction {

    static final String INSERT = "insert into students (id, name, age, grade) values (?, ?, ?, ?)";

    private final DataSource dataSource;
    private final DatabaseSettings.Kind database;

    public JdbcSavepoint(DataSource dataSource, DatabaseSettings.Kind database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    @Override
    public Outcome run(List<NewStudent> sure, List<NewStudent> risky) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(INSERT)) {
                var ids = new SequenceBlockIds("students_seq");
                insertInBatches(connection, insert, ids, sure);
                var leftOut = new ArrayList<NewStudent>();
                for (var student : risky) {
                    // tag::savepoint[]
                    var savepoint = connection.setSavepoint("risky");
                    try {
                        bind(insert, ids.next(connection), student);
                        insert.executeUpdate();
                        connection.releaseSavepoint(savepoint);
                    } catch (SQLException rejected) {
                        connection.rollback(savepoint); // undoes this INSERT only; the transaction goes on
                        leftOut.add(student);
                    }
                    // end::savepoint[]
                }
                connection.commit();
                return new Outcome(sure.size() + risky.size() - leftOut.size(), leftOut);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw new TransactionFailedException(e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new TransactionFailedException(e);
        }
    }

    /** The sure students, in JDBC batches of {@link Batching#SIZE}. */
    static void insertInBatches(
            Connection connection, PreparedStatement insert, SequenceBlockIds ids, List<NewStudent> students)
            throws SQLException {
        for (var i = 0; i < students.size(); i++) {
            bind(insert, ids.next(connection), students.get(i));
            insert.addBatch();
            if ((i + 1) % Batching.SIZE == 0 || i == students.size() - 1) {
                insert.executeBatch();
            }
        }
    }

    static void bind(PreparedStatement insert, long id, NewStudent student) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, student.name());
        insert.setInt(3, student.age());
        insert.setString(4, student.grade());
    }
}
