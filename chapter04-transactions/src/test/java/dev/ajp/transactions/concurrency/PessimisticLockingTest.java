package dev.ajp.transactions.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ConnectionAction;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.Logging;
import dev.ajp.kit.StatementKind;
import dev.ajp.transactions.ChapterDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Pessimistic locking: the row locked at the read ({@code select ... for update}), so that another writer waits
 * instead of conflicting; the wait bounded by a lock timeout that ends in a clear error; and a deadlock between two
 * writers, which the database breaks by failing one of them, and which that one retries.
 */
class PessimisticLockingTest {

    static final long MATHEMATICS = 1;
    static final long PHYSICS = 2;

    private Database db;
    private Frameworks frameworks;
    private boolean postgres;

    @BeforeAll
    static void quiet() {
        // Both providers log each refused lock before throwing it; here the refusals are the lesson.
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
    }

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
        postgres = db.settings().kind() == DatabaseSettings.Kind.POSTGRES;
        db.frameworks().jdbi().useHandle(h -> {
            h.execute(
                    "insert into course_seats (id, course_name, seats_taken, version) values (1, 'Mathematics', 0, 0)");
            h.execute("insert into course_seats (id, course_name, seats_taken, version) values (2, 'Physics', 0, 0)");
        });
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

    /** A locking booking; {@code jdbi} apart from the test's own when it must write in a transaction of its own. */
    private SeatBooking locked(
            Booking booking, Jdbi jdbi, int lockTimeoutMillis, int attempts, SeatBooking.Interleaving interleaving) {
        return switch (booking) {
            case HIBERNATE ->
                new JpaLockedSeatBooking(
                        frameworks.hibernate(), db.settings().kind(), lockTimeoutMillis, attempts, interleaving);
            case ECLIPSELINK ->
                new JpaLockedSeatBooking(
                        frameworks.eclipseLink(), db.settings().kind(), lockTimeoutMillis, attempts, interleaving);
            case JDBI ->
                new JdbiLockedSeatBooking(jdbi, db.settings().kind(), lockTimeoutMillis, attempts, interleaving);
        };
    }

    @ParameterizedTest
    @EnumSource(Booking.class)
    void eachFrameworkLocksTheRowAtTheRead(Booking booking) {
        var recording = db.recorder()
                .record(() -> locked(booking, db.frameworks().jdbi(), 2_000, 1, SeatBooking.NONE)
                        .takeSeat(MATHEMATICS));

        assertThat(recording.result()).isZero();
        assertThat(seatsTaken(MATHEMATICS)).isEqualTo(1);
        var sent = recording.describe();
        var lockingSelect = recording.statements().stream()
                .filter(st -> st.sql().toLowerCase().contains("from course_seats"))
                .toList();
        assertThat(lockingSelect).as(sent).hasSize(1);
        assertThat(lockingSelect.get(0).sql())
                .as(sent)
                .endsWith(
                        switch (booking) {
                            // Hibernate writes the timeout, in whole seconds, into H2's lock clause; on PostgreSQL
                            // PESSIMISTIC_WRITE is FOR NO KEY UPDATE, a lock that still lets other rows point here.
                            case HIBERNATE -> postgres ? "for no key update of cs1_0" : "for update wait 2";
                            case ECLIPSELINK -> "FOR UPDATE";
                            case JDBI -> "for update";
                        });
        assertThat(recording.count(StatementKind.UPDATE)).as(sent).isEqualTo(1);
        assertThat(recording.count(ConnectionAction.COMMIT)).as(sent).isEqualTo(1);
        // The SETs: Hibernate on PostgreSQL reads the lock_timeout in effect, sets its own for the SELECT and puts the
        // old one back (2 SETs, 1 more SELECT); the booking sets it once on EclipseLink's connection, and so does Jdbi.
        var sets = switch (booking) {
            case HIBERNATE -> postgres ? 2 : 0;
            case ECLIPSELINK, JDBI -> 1;
        };
        var selects = booking == Booking.HIBERNATE && postgres ? 2 : 1;
        assertThat(recording.count(StatementKind.OTHER)).as(sent).isEqualTo(sets);
        assertThat(recording.count(StatementKind.SELECT)).as(sent).isEqualTo(selects);
        assertThat(recording.count()).as(sent).isEqualTo(sets + selects + 1);
    }

    @ParameterizedTest
    @EnumSource(Booking.class)
    void aLockHeldTooLongEndsTheWaitingBookingWithAClearErrorAfterItsAttempts(Booking booking) {
        var waiting = locked(booking, Jdbi.create(db.dataSource()), 200, 2, SeatBooking.NONE);
        var failures = new ArrayList<Throwable>();
        // The holder locks the row; while it holds the lock, the waiting booking tries twice, and times out twice.
        var holder = locked(booking, db.frameworks().jdbi(), 2_000, 1, attempt -> {
            try {
                waiting.takeSeat(MATHEMATICS);
            } catch (SeatBookingFailedException e) {
                failures.add(e);
            }
        });

        assertThat(holder.takeSeat(MATHEMATICS)).isZero();

        assertThat(failures)
                .singleElement()
                .isInstanceOf(SeatBookingFailedException.class)
                .satisfies(e -> {
                    assertThat(e)
                            .hasMessage("Gave up taking a seat in "
                                    + (booking == Booking.JDBI ? "course_seats 1" : "CourseSeats 1")
                                    + " after 2 attempts, each rolled back because another transaction wrote at the"
                                    + " same time (the last: LOCK_TIMEOUT)");
                    assertThat(IsolationAnomaliesTest.sqlState(e)).isEqualTo(postgres ? "55P03" : "HYT00");
                });
        assertThat(seatsTaken(MATHEMATICS)).as("the holder's seat only").isEqualTo(1);
    }

    /**
     * Two transfers of a seat between the same two courses, in opposite directions: each locks its first row, waits
     * at a latch until the other holds its own, then asks for the other's row. A cycle of waits: the database must
     * fail one of them. The one that failed runs again and succeeds once the other has committed.
     */
    @Test
    void aDeadlockBetweenTwoWritersIsBrokenByTheDatabaseAndTheFailedOneRetries() throws Exception {
        db.frameworks().jdbi().useHandle(h -> h.execute("update course_seats set seats_taken = 5"));
        var bothHoldTheirFirstRow = new CountDownLatch(2);
        var seen = Collections.synchronizedList(new ArrayList<ConcurrentWriteFailure>());
        var pool = Executors.newFixedThreadPool(2);
        try {
            var forward = pool.submit(() -> transfer(MATHEMATICS, PHYSICS, bothHoldTheirFirstRow, seen));
            var backward = pool.submit(() -> transfer(PHYSICS, MATHEMATICS, bothHoldTheirFirstRow, seen));

            var retries = forward.get(30, TimeUnit.SECONDS) + backward.get(30, TimeUnit.SECONDS);
            // Usually the database fails one of the two, and it retries once. Both may fail, on both databases (each
            // seen in CI): H2 checks for a cycle in each session that starts to wait, and both start at the same
            // moment; PostgreSQL checks when a waiter's deadlock_timeout ends, both timers started together at the
            // latch, and the victim lets go of its row only after its own check. Two retries that start together can
            // then deadlock again. What always holds: at least one retry, each for a failure the database named
            // (below), and both transfers done within their three attempts (get() above did not throw).
            assertThat(retries).as("retries, both transfers together").isPositive();
            assertThat(seen).as("one named failure per retry").hasSize(retries);
        } finally {
            pool.shutdownNow();
        }
        // PostgreSQL names it a deadlock (40P01, after deadlock_timeout, 1 s by default); H2 finds the cycle at once
        // and reports "Deadlock detected" with SQLState 40001, the SQLState of a serialization failure.
        assertThat(seen)
                .isNotEmpty()
                .containsOnly(
                        postgres ? ConcurrentWriteFailure.DEADLOCK : ConcurrentWriteFailure.SERIALIZATION_FAILURE);
        assertThat(seatsTaken(MATHEMATICS)).as("one seat in, one out").isEqualTo(5);
        assertThat(seatsTaken(PHYSICS)).isEqualTo(5);
        assertThat(version(MATHEMATICS)).as("both transfers wrote it").isEqualTo(2);
    }

    /** Moves a seat from {@code from} to {@code to}, locking {@code from} first; its retries. */
    private int transfer(long from, long to, CountDownLatch bothHoldTheirFirstRow, List<ConcurrentWriteFailure> seen) {
        var jdbi = Jdbi.create(db.dataSource()); // a handle, and a transaction, of this thread's own
        return Retry.run("course_seats " + from + " and " + to, 3, attempt -> {
            try {
                return jdbi.inTransaction(handle -> {
                    // Longer than PostgreSQL's deadlock_timeout: the deadlock is found before a wait times out.
                    handle.execute(postgres ? "set local lock_timeout = 10000" : "set lock_timeout 10000");
                    handle.execute(
                            "update course_seats set seats_taken = seats_taken + 1, version = version + 1"
                                    + " where id = ?",
                            from);
                    if (attempt == 1) {
                        bothHoldTheirFirstRow.countDown();
                        awaitBoth(bothHoldTheirFirstRow);
                    }
                    handle.execute(
                            "update course_seats set seats_taken = seats_taken - 1, version = version + 1"
                                    + " where id = ?",
                            to);
                    return true;
                });
            } catch (RuntimeException e) {
                ConcurrentWriteFailure.of(e).ifPresent(seen::add);
                throw e;
            }
        });
    }

    private static void awaitBoth(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS))
                    .as("both hold their first row")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int seatsTaken(long course) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select seats_taken from course_seats where id = ?")
                        .bind(0, course)
                        .mapTo(Integer.class)
                        .one());
    }

    private long version(long course) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select version from course_seats where id = ?")
                        .bind(0, course)
                        .mapTo(Long.class)
                        .one());
    }
}
