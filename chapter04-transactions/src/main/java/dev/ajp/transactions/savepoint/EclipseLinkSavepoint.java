package dev.ajp.transactions.savepoint;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import dev.ajp.model.Student;
import dev.ajp.transactions.TransactionConnection;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * EclipseLink: {@code em.unwrap(Connection.class)} inside the active transaction hands out the connection of that
 * transaction (beginning it on the database if nothing was written yet); the same JDBC savepoint as {@link
 * JdbcSavepoint}, and the risky INSERT sent on that connection, past the persistence context, so that its failure
 * marks nothing. (JPA 3.2's {@code em.callWithConnection} is no substitute: EclipseLink 5.0.0 passes it
 * {@code null}, see {@link TransactionConnection}.)
 */
public final class EclipseLinkSavepoint implements TutorialTransaction {

    private final EntityManagerFactory factory;
    private final DatabaseSettings.Kind database;

    /** @param factory EclipseLink on {@code Student}, with {@link Batching#settings} */
    public EclipseLinkSavepoint(EntityManagerFactory factory, DatabaseSettings.Kind database) {
        this.factory = factory;
        this.database = database;
    }

    @Override
    public Outcome run(List<NewStudent> sure, List<NewStudent> risky) {
        try (var em = factory.createEntityManager()) {
            var transaction = em.getTransaction();
            try {
                transaction.begin();
                Batching.persist(em, sure, s -> new Student(s.name(), s.age(), s.grade()));
                var leftOut = new ArrayList<NewStudent>();
                if (!risky.isEmpty()) {
                    // tag::connection[]
                    var connection = em.unwrap(Connection.class); // the transaction's own connection
                    // end::connection[]
                    try (var insert = connection.prepareStatement(JdbcSavepoint.INSERT)) {
                        var ids = new SequenceBlockIds("students_seq");
                        for (var student : risky) {
                            var savepoint = connection.setSavepoint("risky");
                            try {
                                JdbcSavepoint.bind(insert, ids.next(connection), student);
                                insert.executeUpdate();
                                connection.releaseSavepoint(savepoint);
                            } catch (SQLException rejected) {
                                connection.rollback(savepoint);
                                leftOut.add(student);
                            }
                        }
                    }
                }
                transaction.commit();
                return new Outcome(sure.size() + risky.size() - leftOut.size(), leftOut);
            } catch (SQLException | RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw new TransactionFailedException(e);
            }
        }
    }
}
