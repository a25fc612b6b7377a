package dev.ajp.transactions.savepoint;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The naive Jdbi port: {@link JdbcErrorCaught} in {@code inTransaction}. Jdbi adds nothing between the error and the
 * database: Kevin is kept on H2 and lost on PostgreSQL, whose transaction the error aborted; the commit reports no
 * failure.
 */
public final class JdbiErrorCaught implements TutorialTransaction {

    private final Jdbi jdbi;
    private final DatabaseSettings.Kind database;

    public JdbiErrorCaught(Jdbi jdbi, DatabaseSettings.Kind database) {
        this.jdbi = jdbi;
        this.database = database;
    }

    @Override
    public Outcome run(List<NewStudent> sure, List<NewStudent> risky) {
        var ids = new SequenceBlockIds("students_seq");
        try {
            return jdbi.inTransaction(handle -> {
                for (var student : sure) {
                    handle.createUpdate(JdbiSavepoint.INSERT)
                            .bind("id", ids.next(handle.getConnection()))
                            .bindMethods(student)
                            .execute();
                }
                var leftOut = new ArrayList<NewStudent>();
                for (var student : risky) {
                    try {
                        handle.createUpdate(JdbiSavepoint.INSERT)
                                .bind("id", ids.next(handle.getConnection()))
                                .bindMethods(student)
                                .execute();
                    } catch (StatementException rejected) {
                        leftOut.add(student);
                    }
                }
                return new Outcome(sure.size() + risky.size() - leftOut.size(), leftOut);
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
