package dev.ajp.transactions.concurrency;

import jakarta.persistence.EntityManagerFactory;

/**
 * Optimistic locking with JPA: {@link CourseSeats} has a {@code @Version}, so the commit's UPDATE only matches the
 * version that was read. When another transaction committed first, no row matches, the provider throws
 * ({@code RollbackException} caused by an {@code OptimisticLockException}: Hibernate's wraps a
 * {@code StaleObjectStateException}, EclipseLink's is {@code EclipseLink-5006}), and the booking starts again from a
 * fresh read, in a new EntityManager: the one that failed is closed with its transaction rolled back, as both providers
 * require after a failed flush. The same code on both providers.
 */
public final class JpaVersionedSeatBooking implements SeatBooking {

    private final EntityManagerFactory factory;
    private final int attempts;
    private final Interleaving interleaving;

    public JpaVersionedSeatBooking(EntityManagerFactory factory) {
        this(factory, ATTEMPTS, NONE);
    }

    public JpaVersionedSeatBooking(EntityManagerFactory factory, int attempts, Interleaving interleaving) {
        this.factory = factory;
        this.attempts = attempts;
        this.interleaving = interleaving;
    }

    @Override
    public int takeSeat(long courseId) {
        return Retry.run("CourseSeats " + courseId, attempts, attempt -> {
            // tag::retry[]
            try (var em = factory.createEntityManager()) {
                em.getTransaction().begin();
                try {
                    var seats = em.find(CourseSeats.class, courseId);
                    interleaving.afterRead(attempt);
                    seats.takeSeat();
                    em.getTransaction().commit(); // update ... set seats_taken=?, version=? where id=? and version=?
                    return true;
                } finally {
                    if (em.getTransaction().isActive()) {
                        em.getTransaction().rollback();
                    }
                }
            } // a conflict leaves here as an exception; Retry runs the attempt again if another writer caused it
            // end::retry[]
        });
    }
}
