package dev.ajp.transactions.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.ConnectionAction;
import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.Logging;
import dev.ajp.kit.StatementKind;
import dev.ajp.transactions.ChapterDatabase;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;
import org.jdbi.v3.core.Jdbi;
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
        db = ChapterDatabase.open();
        db.frameworks()
                .jdbi()
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
            assertThat(update.count(StatementKind.UPDATE)).isEqualTo(1);
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
        var jdbi = db.frameworks().jdbi();
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
        var version = db.frameworks()
                .jdbi()
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

    private SeatBooking versioned(Booking booking, int attempts, SeatBooking.Interleaving interleaving) {
        return switch (booking) {
            case HIBERNATE -> new JpaVersionedSeatBooking(frameworks.hibernate(), attempts, interleaving);
            case ECLIPSELINK -> new JpaVersionedSeatBooking(frameworks.eclipseLink(), attempts, interleaving);
            case JDBI -> new JdbiVersionedSeatBooking(db.frameworks().jdbi(), attempts, interleaving);
        };
    }

    /**
     * Another writer, in a transaction of its own. For Jdbi that takes another {@code Jdbi} on the same DataSource: one
     * {@code Jdbi} called again on a thread that holds its handle reuses that handle, and its transaction.
     */
    private SeatBooking otherWriter(Booking booking) {
        return booking == Booking.JDBI
                ? new JdbiVersionedSeatBooking(Jdbi.create(db.dataSource()), 1, SeatBooking.NONE)
                : versioned(booking, 1, SeatBooking.NONE);
    }

    @ParameterizedTest
    @EnumSource(Booking.class)
    void aConflictForcedBetweenTheReadAndTheWriteIsRetriedFromAFreshRead(Booking booking) {
        var other = otherWriter(booking);
        // Between this booking's first read and its write, another booking takes a seat and commits: a conflict.
        var first = versioned(booking, 3, attempt -> {
            if (attempt == 1) {
                other.takeSeat(MATHEMATICS);
            }
        });

        var recording = db.recorder().record(() -> first.takeSeat(MATHEMATICS));

        assertThat(recording.result()).as("retries").isEqualTo(1);
        assertThat(seatsTaken()).isEqualTo(2); // both seats: nothing lost
        assertThat(version()).isEqualTo(2);
        // Reads: the first attempt's, the other's, the retry's. UPDATEs: the other's, the refused one (it matched no
        // row: the version had moved on), the retry's.
        assertThat(recording.count(StatementKind.SELECT))
                .as(recording.describe())
                .isEqualTo(3);
        assertThat(recording.count(StatementKind.UPDATE))
                .as(recording.describe())
                .isEqualTo(3);
        assertThat(recording.count()).as(recording.describe()).isEqualTo(6);
        // The refused attempt: JPA rolls it back (the provider throws); Jdbi's attempt saw 0 rows and commits nothing.
        assertThat(recording.count(ConnectionAction.COMMIT))
                .as(recording.describe())
                .isEqualTo(booking == Booking.JDBI ? 3 : 2);
        assertThat(recording.count(ConnectionAction.ROLLBACK)).isEqualTo(booking == Booking.JDBI ? 0 : 1);
    }

    @ParameterizedTest
    @EnumSource(Booking.class)
    void whenEveryAttemptMeetsAConflictTheBookingGivesUpWithOneClearErrorNamingTheRowAndTheAttempts(Booking booking) {
        var other = otherWriter(booking);
        var unlucky = versioned(booking, 3, attempt -> other.takeSeat(MATHEMATICS)); // a write between every pair

        assertThatThrownBy(() -> unlucky.takeSeat(MATHEMATICS))
                .isInstanceOf(SeatBookingFailedException.class)
                .hasMessage("Gave up taking a seat in "
                        + (booking == Booking.JDBI ? "course_seats 1" : "CourseSeats 1")
                        + " after 3 attempts, each rolled back because another transaction wrote at the same time"
                        + " (the last: OPTIMISTIC_LOCK)")
                .satisfies(e -> {
                    var failed = (SeatBookingFailedException) e;
                    assertThat(failed.attempts()).isEqualTo(3);
                    assertThat(failed.lastFailure()).isEqualTo(ConcurrentWriteFailure.OPTIMISTIC_LOCK);
                    if (booking != Booking.JDBI) {
                        assertThat(ConcurrentWriteFailure.of(failed.getCause()))
                                .contains(ConcurrentWriteFailure.OPTIMISTIC_LOCK);
                    }
                });
        assertThat(seatsTaken())
                .as("the other's three seats, none of the unlucky one")
                .isEqualTo(3);
        assertThat(version()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Booking.class)
    void manyThreadsTakingSeatsAtOnceLoseNoneOfThemThanksToVersionAndRetry(Booking booking) throws Exception {
        var threads = 4;
        var seatsEach = 25;

        var rush = SeatRush.run(
                versioned(booking, SeatBooking.ATTEMPTS, SeatBooking.NONE), MATHEMATICS, threads, seatsEach);

        assertThat(rush.booked()).as("after %d retries", rush.retries()).isEqualTo(threads * seatsEach);
        assertThat(rush.gaveUp()).isZero();
        assertThat(seatsTaken()).as("seats taken = bookings").isEqualTo(rush.booked());
        assertThat(version()).as("one version per seat").isEqualTo(threads * seatsEach);
    }

    private int seatsTaken() {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select seats_taken from course_seats where id = ?")
                        .bind(0, MATHEMATICS)
                        .mapTo(Integer.class)
                        .one());
    }

    private long version() {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select version from course_seats where id = ?")
                        .bind(0, MATHEMATICS)
                        .mapTo(Long.class)
                        .one());
    }
}
