package dev.ajp.transactions;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

/**
 * Optimistic locking with JPA: {@link CourseSeats} has a {@code @Version}, so the commit's UPDATE only matches the
 * version that was read. When another transaction committed first, no row matches, the provider throws
 * ({@code RollbackException} caused by an {@code OptimisticLockException}: Hibernate's wraps a
 * {@code StaleObjectStateException}, EclipseLink's is {@code EclipseLink-5006}), and the booking starts again from a
 * fresh read. The same code on both providers.
 */
public final class JpaVersionedSeatBooking implements SeatBooking {

    private final EntityManagerFactory factory;

    public JpaVersionedSeatBooking(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public int takeSeat(long courseId) {
        for (var retries = 0; retries <= MAX_RETRIES; retries++) {
            // tag::retry[]
            try (var em = factory.createEntityManager()) {
                em.getTransaction().begin();
                em.find(CourseSeats.class, courseId).takeSeat();
                em.getTransaction().commit(); // update ... set seats_taken=?, version=? where id=? and version=?
                return retries;
            } catch (RollbackException | OptimisticLockException e) {
                if (!causedByOptimisticLock(e)) {
                    throw e;
                }
                // Another transaction took a seat since the find: read again, and try again.
            }
            // end::retry[]
        }
        throw new IllegalStateException("Gave up taking a seat after " + MAX_RETRIES + " retries");
    }

    static boolean causedByOptimisticLock(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
