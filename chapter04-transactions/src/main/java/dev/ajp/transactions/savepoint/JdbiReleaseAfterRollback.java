package dev.ajp.transactions.savepoint;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * {@link JdbiSavepoint} with the release moved after the try block, as one would write it with JDBC (where a
 * savepoint survives a rollback to it): Jdbi forgets a savepoint once it has rolled back to it, so
 * {@code releaseSavepoint} then throws {@code TransactionException: Attempt to release non-existent savepoint}, and
 * {@code inTransaction} rolls the whole transaction back, Kevin with it.
 */
public final class JdbiReleaseAfterRollback implements TutorialTransaction {

    private final Jdbi jdbi;
    private final DatabaseSettings.Kind database;

    public JdbiReleaseAfterRollback(Jdbi jdbi, DatabaseSettings.Kind database) {
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
                    // tag::release[]
                    handle.savepoint("risky");
                    try {
                        handle.createUpdate(JdbiSavepoint.INSERT)
                                .bind("id", ids.next(handle.getConnection()))
                                .bindMethods(student)
                                .execute();
                    } catch (StatementException rejected) {
                        handle.rollbackToSavepoint("risky");
                        leftOut.add(student);
                    }
                    handle.releaseSavepoint("risky"); // throws after a rollback: Jdbi forgot "risky"
                    // end::release[]
                }
                return new Outcome(sure.size() + risky.size() - leftOut.size(), leftOut);
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
