package dev.ajp.transactions.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.Logging;
import dev.ajp.transactions.ChapterDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rush of writers with row locks: four threads released by a latch, 25 bookings each. Whatever the database
 * refuses because of another writer (a lock not granted in time, a deadlock, a serialization failure) is retried by the
 * booking or ends it with a {@link SeatBookingFailedException} that the rush counts; nothing else escapes, and the seats
 * in the table are exactly the bookings that succeeded.
 */
class SeatRushTest {

    static final long MATHEMATICS = 1;
    static final int THREADS = 4;
    static final int SEATS_EACH = 25;

    private Database db;
    private Frameworks frameworks;

    @BeforeAll
    static void quiet() {
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
    }

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
        db.frameworks()
                .jdbi()
                .useHandle(
                        h -> h.execute(
                                "insert into course_seats (id, course_name, seats_taken, version) values (1, 'Mathematics', 0, 0)"));
        frameworks = db.frameworks(CourseSeats.class, UnversionedCourseSeats.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    enum Booking {
        HIBERNATE,
        ECLIPSELINK,
        JDBI
    }

    private SeatBooking locked(Booking booking, int lockTimeoutMillis, int attempts) {
        return switch (booking) {
            case HIBERNATE ->
                new JpaLockedSeatBooking(
                        frameworks.hibernate(), db.settings().kind(), lockTimeoutMillis, attempts, SeatBooking.NONE);
            case ECLIPSELINK ->
                new JpaLockedSeatBooking(
                        frameworks.eclipseLink(), db.settings().kind(), lockTimeoutMillis, attempts, SeatBooking.NONE);
            case JDBI ->
                new JdbiLockedSeatBooking(
                        db.frameworks().jdbi(), db.settings().kind(), lockTimeoutMillis, attempts, SeatBooking.NONE);
        };
    }

    @ParameterizedTest
    @EnumSource(Booking.class)
    void withRowLocksEveryWriterWaitsItsTurnAndNoSeatIsLost(Booking booking) throws Exception {
        var rush = SeatRush.run(locked(booking, 10_000, 3), MATHEMATICS, THREADS, SEATS_EACH);

        assertThat(rush.booked()).as("retries: %d", rush.retries()).isEqualTo(THREADS * SEATS_EACH);
        assertThat(rush.gaveUp()).isZero();
        assertThat(seatsTaken()).isEqualTo(rush.booked());
    }

    @ParameterizedTest
    @EnumSource(Booking.class)
    void withALockTimeoutOfOneMillisecondTheRefusedLocksAreRetriedOrCountedAndTheSeatsStillAddUp(Booking booking)
            throws Exception {
        // Four writers on one row, each waiting at most 1 ms for its lock, two attempts each: lock timeouts (and on
        // H2, whose Hibernate dialect waits in whole seconds, none or few) end attempts; none escapes the rush.
        var rush = SeatRush.run(locked(booking, 1, 2), MATHEMATICS, THREADS, SEATS_EACH);

        assertThat(rush.booked() + rush.gaveUp()).isEqualTo(THREADS * SEATS_EACH);
        assertThat(seatsTaken()).as("seats taken = bookings that succeeded").isEqualTo(rush.booked());
    }

    @Test
    void theRushCountsEachBookingOnceWhetherItTookItsSeatOrGaveUp() throws Exception {
        var calls = new AtomicInteger();
        // Every third booking gives up after 4 attempts; the others take their seat after 1 retry.
        SeatBooking everyThirdGivesUp = courseId -> {
            if (calls.incrementAndGet() % 3 == 0) {
                throw new SeatBookingFailedException(
                        "CourseSeats " + courseId, 4, ConcurrentWriteFailure.LOCK_TIMEOUT, null);
            }
            return 1;
        };

        var rush = SeatRush.run(everyThirdGivesUp, MATHEMATICS, 3, 10);

        assertThat(rush.gaveUp()).isEqualTo(10); // calls 3, 6, ..., 30
        assertThat(rush.booked()).isEqualTo(20);
        assertThat(rush.retries())
                .as("1 per seat taken, 3 per booking that gave up")
                .isEqualTo(20 + 10 * 3);
    }

    private int seatsTaken() {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select seats_taken from course_seats where id = ?")
                        .bind(0, MATHEMATICS)
                        .mapTo(Integer.class)
                        .one());
    }
}
