package dev.ajp.transactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.Logging;
import dev.ajp.kit.SqlRecorder.Kind;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two writers of the same row. First in a fixed interleaving on one thread (two EntityManagers, both read, both
 * write), which makes the outcome exact; then many threads at once, where only the total is exact.
 */
class OptimisticLockingTest {

    static final long MATHEMATICS = 1;

    private Database db;
    private Frameworks frameworks;

    @BeforeAll
    static void quiet() {
        // Both providers log each conflict before throwing it; here the conflicts are the lesson.
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
    }

    @BeforeEach
    void open() {
        db = Tutorial.open();
        db.jdbi()
                .useHandle(h -> h.execute(
                        "insert into course_seats (id, course_name, seats_taken, version) values (?, ?, 0, 0)",
                        MATHEMATICS,
                        "Mathematics"));
        frameworks = db.frameworks(CourseSeats.class, UnversionedCourseSeats.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void withAVersionTheSecondWriterFailsInsteadOfOverwriting(JpaProvider provider) {
        var factory = frameworks.jpa(provider);
        try (var first = factory.createEntityManager();
                var second = factory.createEntityManager()) {
            first.getTransaction().begin();
            second.getTransaction().begin();
            first.find(CourseSeats.class, MATHEMATICS).takeSeat(); // both read 0 seats, version 0
            second.find(CourseSeats.class, MATHEMATICS).takeSeat();

            first.getTransaction().commit(); // 1 seat, version 1
            var update = db.recorder()
                    .record(() -> assertThatThrownBy(second::flush)
                            .isInstanceOf(OptimisticLockException.class)
                            .satisfies(e -> {
                                switch (provider) {
                                    case HIBERNATE ->
                                        assertThat(e.getCause()).isInstanceOf(StaleObjectStateException.class);
                                    case ECLIPSELINK ->
                                        assertThat(e.getCause())
                                                .isInstanceOf(
                                                        org.eclipse.persistence.exceptions.OptimisticLockException
                                                                .class)
                                                .satisfies(c ->
                                                        assertThat(c.toString()).contains("EclipseLink-5006"));
                                }
                            }));
            // The UPDATE ran and matched no row: "where id = ? and version = 0" after the version became 1.
            assertThat(update.count(Kind.UPDATE)).isEqualTo(1);
            assertThat(update.statements().get(0).sql().toLowerCase()).contains("version");
            assertThat(second.getTransaction().getRollbackOnly()).isTrue();
            second.getTransaction().rollback();
        }
        assertThat(seatsTaken()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void withoutAVersionTheSameInterleavingLosesAnUpdateWithoutAnError(JpaProvider provider) {
        var factory = frameworks.jpa(provider);
        try (var first = factory.createEntityManager();
                var second = factory.createEntityManager()) {
            first.getTransaction().begin();
            second.getTransaction().begin();
            first.find(UnversionedCourseSeats.class, MATHEMATICS).takeSeat();
            second.find(UnversionedCourseSeats.class, MATHEMATICS).takeSeat();

            first.getTransaction().commit(); // update ... set seats_taken = 1 where id = 1
            second.getTransaction().commit(); // the same again: 1, not 2
        }
        assertThat(seatsTaken()).isEqualTo(1);
    }

    @Test
    void jdbiChecksTheVersionItselfAndAnUpdateOfZeroRowsIsTheConflict() {
        var jdbi = db.jdbi();
        var update = "update course_seats set seats_taken = ?, version = version + 1 where id = ? and version = ?";
        var read = jdbi.withHandle(h -> h.createQuery("select version from course_seats where id = ?")
                .bind(0, MATHEMATICS)
                .mapTo(Long.class)
                .one());

        int first = jdbi.withHandle(h -> h.execute(update, 1, MATHEMATICS, read));
        int second = jdbi.withHandle(h -> h.execute(update, 1, MATHEMATICS, read));

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero(); // the version moved on: that is the conflict
        assertThat(seatsTaken()).isEqualTo(1);
        assertThat(new JdbiVersionedSeatBooking(jdbi).takeSeat(MATHEMATICS)).isZero();
        assertThat(seatsTaken()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theFirstVersionIsZeroInHibernateAndOneInEclipseLink(JpaProvider provider) {
        try (var em = frameworks.jpa(provider).createEntityManager()) {
            em.getTransaction().begin();
            em.persist(new CourseSeats(2, "Physics"));
            em.getTransaction().commit();
        }
        var version = db.jdbi()
                .withHandle(h -> h.createQuery("select version from course_seats where id = 2")
                        .mapTo(Long.class)
                        .one());

        assertThat(version)
                .isEqualTo(
                        switch (provider) {
                            case HIBERNATE -> 0L;
                            case ECLIPSELINK -> 1L;
                        });
    }

    enum Booking {
        HIBERNATE,
        ECLIPSELINK,
        JDBI
    }

    @ParameterizedTest
    @EnumSource(Booking.class)
    void manyThreadsTakingSeatsAtOnceLoseNoneOfThemThanksToVersionAndRetry(Booking booking) throws Exception {
        var threads = 4;
        var seatsEach = 25;
        var bookings = switch (booking) {
            case HIBERNATE -> new JpaVersionedSeatBooking(frameworks.hibernate());
            case ECLIPSELINK -> new JpaVersionedSeatBooking(frameworks.eclipseLink());
            case JDBI -> new JdbiVersionedSeatBooking(db.jdbi());
        };

        var rush = SeatRush.run(bookings, MATHEMATICS, threads, seatsEach);

        var retries = rush.retries();
        assertThat(seatsTaken()).as("after %d retries", retries).isEqualTo(threads * seatsEach);
        assertThat(version()).as("one version per seat").isEqualTo(threads * seatsEach);
        assertThat(retries).isBetween(0, threads * seatsEach * SeatBooking.MAX_RETRIES);
    }

    private int seatsTaken() {
        return db.jdbi()
                .withHandle(h -> h.createQuery("select seats_taken from course_seats where id = ?")
                        .bind(0, MATHEMATICS)
                        .mapTo(Integer.class)
                        .one());
    }

    private long version() {
        return db.jdbi()
                .withHandle(h -> h.createQuery("select version from course_seats where id = ?")
                        .bind(0, MATHEMATICS)
                        .mapTo(Long.class)
                        .one());
    }
}
