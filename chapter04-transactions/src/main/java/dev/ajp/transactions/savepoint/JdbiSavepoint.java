package dev.ajp.transactions.savepoint;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Jdbi: {@code Handle#savepoint(name)} and {@code rollbackToSavepoint(name)} inside {@code inTransaction}, the JDBC
 * calls of {@link JdbcSavepoint} under names. Jdbi forgets a savepoint it rolled back to: release only the ones that
 * were not (releasing a forgotten one throws, and the whole transaction is rolled back; see {@link NaivePort}).
 */
public final class JdbiSavepoint implements TutorialTransaction {

    static final String INSERT = "insert into students (id, name, age, grade) values (:id, :name, :age, :grade)";

    private final Jdbi jdbi;
    private final DatabaseSettings.Kind database;

    public JdbiSavepoint(Jdbi jdbi, DatabaseSettings.Kind database) {
        this.jdbi = jdbi;
        this.database = database;
    }

    @Override
    public Outcome run(List<NewStudent> sure, List<NewStudent> risky) {
        try {
            return jdbi.inTransaction(handle -> {
                var ids = new SequenceBlockIds("students_seq");
                insertInBatches(handle, ids, sure);
                var leftOut = new ArrayList<NewStudent>();
                for (var student : risky) {
                    // tag::savepoint[]
                    handle.savepoint("risky");
                    try {
                        handle.createUpdate(INSERT)
                                .bind("id", ids.next(handle.getConnection()))
                                .bindMethods(student)
                                .execute();
                        handle.releaseSavepoint("risky");
                    } catch (StatementException rejected) {
                        handle.rollbackToSavepoint("risky"); // and Jdbi forgets the savepoint
                        leftOut.add(student);
                    }
                    // end::savepoint[]
                }
                return new Outcome(sure.size() + risky.size() - leftOut.size(), leftOut);
            });
        } catch (SQLException | RuntimeException e) {
            throw new TransactionFailedException(e);
        }
    }

    /** The sure students, in JDBC batches of {@link Batching#SIZE}. */
    static void insertInBatches(Handle handle, SequenceBlockIds ids, List<NewStudent> students) throws SQLException {
        for (var from = 0; from < students.size(); from += Batching.SIZE) {
            var batch = handle.prepareBatch(INSERT);
            for (var student : students.subList(from, Math.min(from + Batching.SIZE, students.size()))) {
                batch.bind("id", ids.next(handle.getConnection()))
                        .bindMethods(student)
                        .add();
            }
            batch.execute();
        }
    }
}
