package dev.ajp.transactions.concurrency;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.transactions.TransactionConnection;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Map;
import org.hibernate.Session;

/**
 * Pessimistic locking with JPA: the find takes a write lock on the row ({@code LockModeType.PESSIMISTIC_WRITE}, a
 * {@code select ... for update}), so another booking of the same course waits at its own find until this transaction
 * ends, and no version conflict can happen. The wait is bounded by {@code jakarta.persistence.lock.timeout}; a lock not
 * granted in time, or a deadlock the database breaks, ends the attempt, and the booking runs it again.
 *
 * <p>Hibernate turns the hint into SQL of its dialect. EclipseLink 5.0.0 sends a plain {@code for update} on H2 and
 * PostgreSQL, the hint nowhere: without more, a booking would wait as long as the database lets it (on PostgreSQL,
 * for ever). So on EclipseLink this class also sets the database's own lock timeout on the transaction's connection.
 */
public final class JpaLockedSeatBooking implements SeatBooking {

    private final EntityManagerFactory factory;
    private final int lockTimeoutMillis;
    private final String lockTimeout;
    private final int attempts;
    private final Interleaving interleaving;

    public JpaLockedSeatBooking(EntityManagerFactory factory, DatabaseSettings.Kind database, int lockTimeoutMillis) {
        this(factory, database, lockTimeoutMillis, ATTEMPTS, NONE);
    }

    public JpaLockedSeatBooking(
            EntityManagerFactory factory,
            DatabaseSettings.Kind database,
            int lockTimeoutMillis,
            int attempts,
            Interleaving interleaving) {
        this.factory = factory;
        this.lockTimeoutMillis = lockTimeoutMillis;
        this.lockTimeout = LockTimeout.statement(database, lockTimeoutMillis);
        this.attempts = attempts;
        this.interleaving = interleaving;
    }

    @Override
    public int takeSeat(long courseId) {
        return Retry.run("CourseSeats " + courseId, attempts, attempt -> {
            try (var em = factory.createEntityManager()) {
                em.getTransaction().begin();
                try {
                    boundTheWaitOnEclipseLink(em);
                    // tag::pessimistic[]
                    var seats = em.find(
                            CourseSeats.class,
                            courseId,
                            LockModeType.PESSIMISTIC_WRITE, // select ... for update: others wait here
                            Map.of("jakarta.persistence.lock.timeout", lockTimeoutMillis)); // at most this long
                    // end::pessimistic[]
                    interleaving.afterRead(attempt);
                    seats.takeSeat();
                    em.getTransaction().commit();
                    return true;
                } finally {
                    if (em.getTransaction().isActive()) {
                        em.getTransaction().rollback();
                    }
                }
            }
        });
    }

    private void boundTheWaitOnEclipseLink(EntityManager em) {
        if (em.getDelegate() instanceof Session) {
            return; // Hibernate puts the hint into its SQL
        }
        try (var statement = TransactionConnection.of(em).createStatement()) {
            statement.execute(lockTimeout);
        } catch (SQLException e) {
            throw new PersistenceException("Could not set the lock timeout: " + e.getMessage(), e);
        }
    }
}
