package dev.ajp.transactions.savepoint;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The naive JDBC port: no savepoint, the rejected INSERT caught, the transaction committed. H2 carries on after an
 * error, and Kevin is kept. PostgreSQL aborts the transaction at its first error: every later statement fails with
 * {@code current transaction is aborted, commands ignored until end of transaction block}, and {@code commit()}
 * returns normally having rolled everything back.
 *
 * <p>On a DataSource whose connections have the PostgreSQL driver's {@code autosave=always}, the same code works: the
 * driver sets a savepoint of its own before every statement, and rolls back to it when the statement fails.
 * {@code autosave=conservative} sets the savepoints too, but rolls back to them only to retry a statement that failed
 * because the server's cached plans went stale, not after a constraint violation.
 */
public final class JdbcErrorCaught implements TutorialTransaction {

    private final DataSource dataSource;
    private final DatabaseSettings.Kind database;

    public JdbcErrorCaught(DataSource dataSource, DatabaseSettings.Kind database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    @Override
    public Outcome run(List<NewStudent> sure, List<NewStudent> risky) {
        var ids = new SequenceBlockIds("students_seq");
        try (var connection = dataSource.getConnection()) {
            // tag::naive[]
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(JdbcSavepoint.INSERT)) {
                for (var student : sure) {
                    JdbcSavepoint.bind(insert, ids.next(connection), student);
                    insert.executeUpdate();
                }
                var leftOut = new ArrayList<NewStudent>();
                for (var student : risky) {
                    try {
                        JdbcSavepoint.bind(insert, ids.next(connection), student);
                        insert.executeUpdate();
                    } catch (SQLException rejected) {
                        leftOut.add(student); // and carry on: fine on H2, not on PostgreSQL
                    }
                }
                connection.commit();
                // end::naive[]
                return new Outcome(sure.size() + risky.size() - leftOut.size(), leftOut);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
