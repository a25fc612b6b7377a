package dev.ajp.transactions.savepoint;

import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.JDBCException;
import org.hibernate.Session;

/**
 * Hibernate: JPA has no savepoint API, so take the savepoint on the Session's own connection
 * ({@code doReturningWork}), and send the risky INSERT so that its failure never passes through the persistence
 * context: a {@code StatelessSession} opened on that same connection writes the entity with Hibernate's mapping, in
 * the same database transaction, but keeps no state and marks nothing when it fails. The exception is caught inside
 * the work, on the connection, and never reaches the Session.
 *
 * <p>Why not {@code em.persist} and {@code em.flush()} in a try block: a failed flush marks the whole JPA transaction
 * for rollback, whatever the database did, and {@code commit()} then rolls back without a word (see {@link
 * NaivePort#HIBERNATE_FLUSH_CAUGHT}). And why catch inside the work: an SQLException that leaves {@code doWork} makes
 * Hibernate mark the transaction too on PostgreSQL, whose dialect knows that any error aborts the transaction there
 * ({@link NaivePort#HIBERNATE_WORK_THROWS}).
 */
public final class HibernateSavepoint implements TutorialTransaction {

    private final EntityManagerFactory factory;

    /** @param factory Hibernate on {@code Student}, with {@link Batching#settings} */
    public HibernateSavepoint(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public Outcome run(List<NewStudent> sure, List<NewStudent> risky) {
        try (var em = factory.createEntityManager()) {
            var transaction = em.getTransaction();
            try {
                transaction.begin();
                Batching.persist(em, sure, s -> new Student(s.name(), s.age(), s.grade()));
                var session = em.unwrap(Session.class);
                var leftOut = new ArrayList<NewStudent>();
                for (var student : risky) {
                    // tag::savepoint[]
                    boolean inserted = session.doReturningWork(connection -> {
                        var savepoint = connection.setSavepoint("risky");
                        try (var stateless = session.getSessionFactory()
                                .withStatelessOptions()
                                .connection(connection) // the Session's connection: the same transaction
                                .openStatelessSession()) {
                            stateless.insert(new Student(student.name(), student.age(), student.grade()));
                            connection.releaseSavepoint(savepoint);
                            return true;
                        } catch (JDBCException rejected) { // caught here: nothing reaches the Session
                            connection.rollback(savepoint);
                            return false;
                        }
                    });
                    // end::savepoint[]
                    if (!inserted) {
                        leftOut.add(student);
                    }
                }
                transaction.commit();
                return new Outcome(sure.size() + risky.size() - leftOut.size(), leftOut);
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw new TransactionFailedException(e);
            }
        }
    }
}
