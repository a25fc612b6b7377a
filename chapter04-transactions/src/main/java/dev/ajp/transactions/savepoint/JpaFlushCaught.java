package dev.ajp.transactions.savepoint;

import dev.ajp.transactions.TransactionConnection;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ValidationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The naive port of the tutorial to JPA: the savepoint taken on the transaction's connection ({@link TransactionConnection}), the risky entity persisted and flushed in a try block, the exception caught, the
 * connection rolled back to the savepoint, the transaction committed. The database is back where it was before the
 * savepoint; the JPA transaction is not.
 *
 * <p>A failed flush (or a failed automatic validation) marks the JPA transaction for rollback, and the rollback to a
 * JDBC savepoint does not clear that mark. Hibernate's {@code commit()} then rolls back and returns normally: Kevin is
 * lost without a word (with {@code hibernate.jpa.compliance.transaction=true} it throws {@code RollbackException}
 * instead). EclipseLink's {@code commit()} throws {@code RollbackException}.
 */
public final class JpaFlushCaught implements TutorialTransaction {

    private final EntityManagerFactory factory;
    private final Function<NewStudent, ?> entity;

    /**
     * @param entity the entity to persist for a student: {@code Student}, which the database judges, or
     *     {@link ValidatedStudent}, which the provider's automatic Bean Validation judges first
     */
    public JpaFlushCaught(EntityManagerFactory factory, Function<NewStudent, ?> entity) {
        this.factory = factory;
        this.entity = entity;
    }

    @Override
    public Outcome run(List<NewStudent> sure, List<NewStudent> risky) {
        try (var em = factory.createEntityManager()) {
            // tag::naive[]
            em.getTransaction().begin();
            sure.forEach(student -> em.persist(entity.apply(student)));
            em.flush();
            var connection = TransactionConnection.of(em);
            var leftOut = new ArrayList<NewStudent>();
            for (var student : risky) {
                var savepoint = connection.setSavepoint("risky");
                try {
                    em.persist(entity.apply(student));
                    em.flush();
                } catch (PersistenceException | ValidationException rejected) {
                    connection.rollback(savepoint); // the database is fine again...
                    leftOut.add(student);
                }
            }
            em.getTransaction().commit(); // ...but the JPA transaction was marked for rollback
            // end::naive[]
            return new Outcome(sure.size() + risky.size() - leftOut.size(), leftOut);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
