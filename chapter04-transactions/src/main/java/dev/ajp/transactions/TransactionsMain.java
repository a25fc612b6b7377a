package dev.ajp.transactions;

import static dev.ajp.transactions.savepoint.NewStudent.INVALID;
import static dev.ajp.transactions.savepoint.NewStudent.JASON;
import static dev.ajp.transactions.savepoint.NewStudent.KEVIN;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.ConnectionAction;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Logging;
import dev.ajp.kit.Weaving;
import dev.ajp.transactions.concurrency.CourseSeats;
import dev.ajp.transactions.concurrency.JdbiLockedSeatBooking;
import dev.ajp.transactions.concurrency.JdbiVersionedSeatBooking;
import dev.ajp.transactions.concurrency.JpaLockedSeatBooking;
import dev.ajp.transactions.concurrency.JpaVersionedSeatBooking;
import dev.ajp.transactions.concurrency.SeatBooking;
import dev.ajp.transactions.concurrency.SeatRush;
import dev.ajp.transactions.concurrency.UnversionedCourseSeats;
import dev.ajp.transactions.savepoint.Approach;
import dev.ajp.transactions.savepoint.NaivePort;
import dev.ajp.transactions.savepoint.TransactionFailedException;
import dev.ajp.transactions.savepoint.TutorialTransaction;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Chapter 04: the tutorial's two transactions, every way the chapter shows, on the same five students, with the
 * statements and connection events each sent; then the naive ports, and what each one lost on the database in use;
 * then concurrent writers, with each framework's optimistic locking.
 *
 * <p>{@code ./mvnw -q -pl chapter04-transactions -am compile exec:java} (add {@code -Ppostgres} for PostgreSQL).
 */
public final class TransactionsMain {

    private TransactionsMain() {}

    static final int THREADS = 4;
    static final int SEATS_EACH = 25;
    /** How long a pessimistic booking waits for the row's lock before it rolls back and tries again. */
    static final int LOCK_TIMEOUT_MILLIS = 5_000;

    public static void main(String[] args) throws Exception {
        if (Weaving.rerunWoven(args)) return; // an IDE compiled the entities: woven now, and the main ran again
        // Hibernate and EclipseLink log every rejected statement as a warning; here the rejection is the lesson.
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
        var database = DatabaseSettings.fromEnvironment();
        try (var db = ChapterDatabase.open()) {
            System.out.println("Chapter 04, transactions, on " + database.describe() + ".");
            for (var approach : ChapterApproach.runningOn(Approach.class, database.kind())) {
                System.out.println();
                System.out.println("== " + approach);
                tutorial(db, approach.on(db));
            }

            System.out.println();
            System.out.println("== The naive ports: Kevin, then the invalid student tried and caught, then commit");
            var postgresOnly = ChapterApproach.notRunningOn(NaivePort.class, database.kind());
            if (!postgresOnly.isEmpty()) {
                System.out.println("Not run here, PostgreSQL only: " + postgresOnly + ". Add -Ppostgres to see them.");
            }
            for (var port : ChapterApproach.runningOn(NaivePort.class, database.kind())) {
                System.out.println();
                System.out.println("-- " + port);
                naive(db, port.on(db));
            }

            System.out.println();
            System.out.println("== Concurrent writers: " + THREADS + " threads take " + SEATS_EACH
                    + " seats each in one course, with a version check and retry, then with a row lock");
            concurrentWriters(db);
        }
    }

    /**
     * Each framework's optimistic and pessimistic locking under a rush of writers: every seat counted, and what the
     * races cost.
     */
    private static void concurrentWriters(Database db) throws Exception {
        var seats = db.frameworks(CourseSeats.class, UnversionedCourseSeats.class);
        var bookings = new LinkedHashMap<String, SeatBooking>();
        bookings.put("Hibernate/optimistic", new JpaVersionedSeatBooking(seats.hibernate()));
        bookings.put("EclipseLink/optimistic", new JpaVersionedSeatBooking(seats.eclipseLink()));
        bookings.put(
                "Jdbi/optimistic", new JdbiVersionedSeatBooking(db.frameworks().jdbi()));
        bookings.put(
                "Hibernate/pessimistic",
                new JpaLockedSeatBooking(seats.hibernate(), db.settings().kind(), LOCK_TIMEOUT_MILLIS));
        bookings.put(
                "EclipseLink/pessimistic",
                new JpaLockedSeatBooking(seats.eclipseLink(), db.settings().kind(), LOCK_TIMEOUT_MILLIS));
        bookings.put(
                "Jdbi/pessimistic",
                new JdbiLockedSeatBooking(db.frameworks().jdbi(), db.settings().kind(), LOCK_TIMEOUT_MILLIS));
        for (var booking : bookings.entrySet()) {
            db.frameworks().jdbi().useHandle(h -> {
                h.execute("delete from course_seats");
                h.execute("insert into course_seats (id, course_name, seats_taken, version) values (1, 'Art', 0, 0)");
            });
            var rush = SeatRush.run(booking.getValue(), 1, THREADS, SEATS_EACH);
            int taken = db.frameworks()
                    .jdbi()
                    .withHandle(h -> h.createQuery("select seats_taken from course_seats where id = 1")
                            .mapTo(Integer.class)
                            .one());
            System.out.println(booking.getKey() + ": " + taken + " seats taken of " + (rush.booked() + rush.gaveUp())
                    + ", after " + rush.retries() + " retries");
        }
    }

    /** The tutorial's two examples, from the tutorial's five students. */
    private static void tutorial(Database db, TutorialTransaction transaction) {
        ChapterDatabase.reset(db);
        // tag::example1[]
        try {
            var jason = db.recorder().record(() -> transaction.run(List.of(JASON), List.of()));
            System.out.println("Jason committed");
            System.out.println(jason.describe());
        } catch (TransactionFailedException e) {
            System.out.println("Transaction rolled back. " + e.getMessage());
        }
        // end::example1[]

        var kevin = db.recorder().record(() -> transaction.run(List.of(KEVIN), List.of(INVALID)));
        // What the approach really did with the invalid student: rolled back to a savepoint, or never sent it.
        var rolledBack = kevin.count(ConnectionAction.ROLLBACK_TO_SAVEPOINT);
        for (var i = 0; i < rolledBack; i++) {
            System.out.println("Rolling back to savepoint.");
        }
        kevin.result().leftOut().stream()
                .skip(rolledBack)
                .forEach(s -> System.out.println("Left out before sending (no savepoint): " + s.name()));
        present(db);
        System.out.println(kevin.describe());
    }

    /** A naive port on the second example: what it believed, what the table holds, what it sent. */
    private static void naive(Database db, TutorialTransaction port) {
        ChapterDatabase.reset(db);
        db.recorder().clear();
        try {
            var outcome = port.run(List.of(KEVIN), List.of(INVALID));
            System.out.println("commit returned normally; the code believes it inserted " + outcome.inserted()
                    + " and left out " + outcome.leftOut().size());
        } catch (RuntimeException e) {
            System.out.println("threw " + e.getClass().getName() + ": " + firstLine(e.getMessage()));
        }
        var sent = db.recorder().recording();
        if (!present(db)) {
            System.out.println("Kevin was lost.");
        }
        System.out.println(sent.describe());
    }

    private static boolean present(Database db) {
        var names = ChapterDatabase.names(db);
        System.out.println("Kevin present: " + names.contains(KEVIN.name()));
        System.out.println("Invalid present: " + names.contains(INVALID.name()));
        return names.contains(KEVIN.name());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
