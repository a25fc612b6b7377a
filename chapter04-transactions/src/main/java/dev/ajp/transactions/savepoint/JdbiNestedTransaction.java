package dev.ajp.transactions.savepoint;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * A nested {@code useTransaction} looks like SQLAlchemy's {@code begin_nested()}, and is not: on a handle that is
 * already in a transaction, Jdbi runs the inner callback in the outer transaction, with no savepoint. The inner
 * failure is caught outside; on H2 Kevin is kept, on PostgreSQL the error had aborted the one transaction there is,
 * and Kevin is lost.
 */
public final class JdbiNestedTransaction implements TutorialTransaction {

    private final Jdbi jdbi;
    private final DatabaseSettings.Kind database;

    public JdbiNestedTransaction(Jdbi jdbi, DatabaseSettings.Kind database) {
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
                    // tag::nested[]
                    try {
                        handle.useTransaction(nested -> nested.createUpdate(JdbiSavepoint.INSERT) // no savepoint
                                .bind("id", ids.next(nested.getConnection()))
                                .bindMethods(student)
                                .execute());
                    } catch (StatementException rejected) {
                        leftOut.add(student);
                    }
                    // end::nested[]
                }
                return new Outcome(sure.size() + risky.size() - leftOut.size(), leftOut);
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
