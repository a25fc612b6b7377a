package dev.ajp.transactions.concurrency;

import org.jdbi.v3.core.Jdbi;

/**
 * Optimistic locking by hand, with Jdbi: read the count and the version, write both back {@code where id = :id and
 * version = :version}, and check that one row changed. Zero rows means another transaction wrote first: read again and
 * retry. Exactly what the JPA providers do for a {@code @Version}, in two statements.
 */
public final class JdbiVersionedSeatBooking implements SeatBooking {

    private record Seats(int taken, long version) {}

    private final Jdbi jdbi;
    private final int attempts;
    private final Interleaving interleaving;

    public JdbiVersionedSeatBooking(Jdbi jdbi) {
        this(jdbi, ATTEMPTS, NONE);
    }

    public JdbiVersionedSeatBooking(Jdbi jdbi, int attempts, Interleaving interleaving) {
        this.jdbi = jdbi;
        this.attempts = attempts;
        this.interleaving = interleaving;
    }

    @Override
    public int takeSeat(long courseId) {
        return Retry.run(
                "course_seats " + courseId,
                attempts,
                attempt ->
                        // tag::version-check[]
                        jdbi.inTransaction(handle -> {
                            var seats = handle.createQuery(
                                            "select seats_taken, version from course_seats where id = :id")
                                    .bind("id", courseId)
                                    .map((rs, ctx) -> new Seats(rs.getInt("seats_taken"), rs.getLong("version")))
                                    .one();
                            interleaving.afterRead(attempt);
                            return handle.createUpdate("""
                                    update course_seats set seats_taken = :taken, version = version + 1
                                     where id = :id and version = :version""")
                                            .bind("taken", seats.taken() + 1)
                                            .bind("id", courseId)
                                            .bind("version", seats.version())
                                            .execute()
                                    == 1; // 0: somebody else wrote first, and Retry runs the attempt again
                        })
                // end::version-check[]
                );
    }
}
