package dev.ajp.transactions;

import dev.ajp.kit.Bench;
import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.Logging;
import dev.ajp.transactions.concurrency.CourseSeats;
import dev.ajp.transactions.concurrency.JdbiLockedSeatBooking;
import dev.ajp.transactions.concurrency.JdbiVersionedSeatBooking;
import dev.ajp.transactions.concurrency.JpaLockedSeatBooking;
import dev.ajp.transactions.concurrency.JpaVersionedSeatBooking;
import dev.ajp.transactions.concurrency.SeatBooking;
import dev.ajp.transactions.concurrency.SeatRush;
import dev.ajp.transactions.concurrency.UnversionedCourseSeats;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Optimistic retry against a pessimistic lock under contention: {@code threads} threads released together, each
 * taking {@code seatsEach} seats in the same course, with each framework's version check and retry, and with its
 * {@code select ... for update}. One operation is the whole rush.
 *
 * <p>What to expect: with one thread nothing conflicts, and the lock costs only what its SQL costs (on EclipseLink and
 * Jdbi one more statement, the SET of the lock timeout). With more threads the optimistic bookings lose races and run
 * again (a read and a write thrown away each time), while the locked ones wait in line for the row; which costs more
 * depends on how long a transaction holds the row, and so on the round trip to the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = Bench.WARMUP_ITERATIONS, time = Bench.SECONDS)
@Measurement(iterations = Bench.ITERATIONS, time = Bench.SECONDS)
@Fork(
        value = Bench.FORKS,
        jvmArgsAppend = {Bench.HEAP_MIN, Bench.HEAP_MAX})
public class LockingBenchmark {

    /** A booking: framework and kind of locking. */
    public enum Locking {
        HIBERNATE_OPTIMISTIC("Hibernate/optimistic"),
        ECLIPSELINK_OPTIMISTIC("EclipseLink/optimistic"),
        JDBI_OPTIMISTIC("Jdbi/optimistic"),
        HIBERNATE_PESSIMISTIC("Hibernate/pessimistic"),
        ECLIPSELINK_PESSIMISTIC("EclipseLink/pessimistic"),
        JDBI_PESSIMISTIC("Jdbi/pessimistic");

        final String label;

        Locking(String label) {
            this.label = label;
        }
    }

    /** Long enough that no booking gives up in a measured rush. */
    private static final int LOCK_TIMEOUT_MILLIS = 10_000;

    private static final long COURSE = 1;

    @Param
    public Locking locking;

    /** At most the kit's pool size (4): each thread holds a connection for its transaction. */
    @Param({"1", "4"})
    public int threads;

    @Param({"25"})
    public int seatsEach;

    private Database db;
    private SeatBooking booking;

    @Setup(Level.Trial)
    public void open() {
        Bench.label(locking, locking.label);
        // Both providers log every version conflict and refused lock as a warning with its stack trace; here they are
        // expected, and printing them would be measured too.
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
        db = Database.setup().unrecorded().scripts(ChapterDatabase.SCHEMA).open();
        Frameworks seats = db.frameworks(CourseSeats.class, UnversionedCourseSeats.class);
        var kind = db.settings().kind();
        booking = switch (locking) {
            case HIBERNATE_OPTIMISTIC -> new JpaVersionedSeatBooking(seats.hibernate());
            case ECLIPSELINK_OPTIMISTIC -> new JpaVersionedSeatBooking(seats.eclipseLink());
            case JDBI_OPTIMISTIC -> new JdbiVersionedSeatBooking(db.frameworks().jdbi());
            case HIBERNATE_PESSIMISTIC -> new JpaLockedSeatBooking(seats.hibernate(), kind, LOCK_TIMEOUT_MILLIS);
            case ECLIPSELINK_PESSIMISTIC -> new JpaLockedSeatBooking(seats.eclipseLink(), kind, LOCK_TIMEOUT_MILLIS);
            case JDBI_PESSIMISTIC -> new JdbiLockedSeatBooking(db.frameworks().jdbi(), kind, LOCK_TIMEOUT_MILLIS);
        };
    }

    @Setup(Level.Invocation)
    public void anEmptyCourse() {
        db.frameworks().jdbi().useHandle(h -> {
            h.execute("delete from course_seats");
            h.execute(
                    "insert into course_seats (id, course_name, seats_taken, version) values (?, 'Art', 0, 0)", COURSE);
        });
    }

    @Benchmark
    public SeatRush.Result rush() throws Exception {
        var result = SeatRush.run(booking, COURSE, threads, seatsEach);
        if (result.booked() != threads * seatsEach) {
            throw new IllegalStateException("A rush lost bookings: " + result);
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void close() {
        db.close();
    }
}
