package dev.ajp.transactions.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.transactions.ChapterDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each isolation level lets another transaction do to this one, shown as the anomaly itself: two connections of
 * the kit's DataSource, in a fixed interleaving on one thread, so that the outcome is exact. Each test runs on H2 and
 * on PostgreSQL and asserts what each does where they differ. No interleaving here makes a transaction wait for a
 * lock; every connection still gets a lock timeout of 2 s, so that a wrong test fails fast instead of hanging.
 */
class IsolationAnomaliesTest {

    private static final int READ_COMMITTED = Connection.TRANSACTION_READ_COMMITTED;
    private static final int REPEATABLE_READ = Connection.TRANSACTION_REPEATABLE_READ;
    private static final int SERIALIZABLE = Connection.TRANSACTION_SERIALIZABLE;

    private Database db;
    private boolean postgres;

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
        postgres = db.settings().kind() == DatabaseSettings.Kind.POSTGRES;
        db.frameworks().jdbi().useHandle(h -> {
            h.execute(
                    "insert into course_seats (id, course_name, seats_taken, version) values (1, 'Mathematics', 0, 0)");
            // Two courses, each with one teacher on duty: the rule "at least one on duty" for the write skew.
            h.execute("insert into course_seats (id, course_name, seats_taken, version) values (2, 'Physics', 1, 0)");
            h.execute("insert into course_seats (id, course_name, seats_taken, version) values (3, 'Chemistry', 1, 0)");
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A transaction at {@code level} on a connection of its own; the caller commits. */
    private Connection begin(int level) throws SQLException {
        var connection = db.dataSource().getConnection();
        try (var statement = connection.createStatement()) {
            statement.execute(postgres ? "set lock_timeout = 2000" : "set lock_timeout 2000");
        }
        connection.setTransactionIsolation(level);
        connection.setAutoCommit(false);
        return connection;
    }

    private static int seats(Connection connection, long course) throws SQLException {
        try (var read = connection.prepareStatement("select seats_taken from course_seats where id = ?")) {
            read.setLong(1, course);
            try (var rows = read.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void setSeats(Connection connection, long course, int seats) throws SQLException {
        try (var write = connection.prepareStatement("update course_seats set seats_taken = ? where id = ?")) {
            write.setInt(1, seats);
            write.setLong(2, course);
            assertThat(write.executeUpdate()).isEqualTo(1);
        }
    }

    private int committedSeats(long course) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select seats_taken from course_seats where id = ?")
                        .bind(0, course)
                        .mapTo(Integer.class)
                        .one());
    }

    /** Reads the seats twice; between the reads another transaction writes 10 and commits. */
    private int[] readTwiceAroundACommittedWrite(int level) throws SQLException {
        try (var reader = begin(level);
                var writer = begin(READ_COMMITTED)) {
            var first = seats(reader, 1);
            setSeats(writer, 1, 10);
            writer.commit();
            var second = seats(reader, 1);
            reader.commit();
            return new int[] {first, second};
        }
    }

    @Test
    void readCommittedSeesAnotherTransactionsCommitBetweenTwoReadsAndRepeatableReadDoesNot() throws SQLException {
        // The non-repeatable read: the same SELECT, two answers, in one transaction.
        assertThat(readTwiceAroundACommittedWrite(READ_COMMITTED)).containsExactly(0, 10);
        setSeatsCommitted(1, 0);
        // Under REPEATABLE READ the transaction keeps reading the snapshot of its first read, on both databases.
        assertThat(readTwiceAroundACommittedWrite(REPEATABLE_READ)).containsExactly(0, 0);
        assertThat(committedSeats(1)).isEqualTo(10);
    }

    private void setSeatsCommitted(long course, int seats) {
        db.frameworks()
                .jdbi()
                .useHandle(h -> h.execute("update course_seats set seats_taken = ? where id = ?", seats, course));
    }

    /**
     * One booking: read, add one, write. On its first attempt another booking at the same level runs whole between
     * the read and the write: the lost-update interleaving.
     */
    private boolean takeSeatWithAnotherInBetween(int level, int attempt) {
        try (var connection = begin(level)) {
            try {
                var read = seats(connection, 1);
                if (attempt == 1) {
                    takeSeatWithAnotherInBetween(level, 2); // the other booking: nothing in between
                }
                setSeats(connection, 1, read + 1);
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void underReadCommittedTheSecondWriterOverwritesTheFirstWithoutAnError() {
        assertThat(Retry.run("course_seats 1", 1, attempt -> takeSeatWithAnotherInBetween(READ_COMMITTED, attempt)))
                .isZero();
        assertThat(committedSeats(1))
                .as("two bookings, one seat: the lost update")
                .isEqualTo(1);
    }

    @Test
    void repeatableReadRefusesTheLostUpdateWithSqlState40001OnBothDatabasesAndARetrySucceeds() {
        assertThatThrownBy(() -> takeSeatWithAnotherInBetween(REPEATABLE_READ, 1))
                .satisfies(e -> assertThat(sqlState(e)).isEqualTo("40001"))
                .hasMessageContaining(
                        postgres
                                ? "could not serialize access due to concurrent update"
                                // H2 calls it a deadlock, with the same SQLState, and rolls the transaction back.
                                : "Deadlock detected. The current transaction was rolled back.");
        assertThat(committedSeats(1)).as("the other booking's seat only").isEqualTo(1);

        var retries = Retry.run("course_seats 1", 3, attempt -> takeSeatWithAnotherInBetween(REPEATABLE_READ, attempt));

        assertThat(retries).isEqualTo(1);
        assertThat(committedSeats(1))
                .as("1 before, then the other's and the retried one")
                .isEqualTo(3);
    }

    /**
     * Physics and Chemistry have one teacher on duty each (the seats_taken column stands for it); the rule is that at
     * least one of the two stays on duty. Each transaction checks the rule by reading both and then takes its own
     * course's teacher off duty. On its first attempt, the other course's transaction runs whole between the check and
     * the write: each saw two on duty, each writes a different row.
     */
    private boolean offDuty(int level, long course, int attempt) {
        try (var connection = begin(level)) {
            try {
                var onDuty = seats(connection, 2) + seats(connection, 3);
                if (attempt == 1) {
                    offDuty(level, course == 2 ? 3 : 2, 2);
                }
                if (onDuty > 1) {
                    setSeats(connection, course, 0);
                }
                connection.commit();
                return true;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SQLState of the first SQLException in the chain (H2 puts its own MVStoreException under it). */
    static String sqlState(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        throw new AssertionError("No SQLException in " + failure, failure);
    }

    private int onDuty() {
        return committedSeats(2) + committedSeats(3);
    }

    @Test
    void repeatableReadLetsTwoTransactionsBreakARuleThatEachChecked() {
        // Write skew: no row was written twice, so REPEATABLE READ sees no conflict, on both databases.
        assertThat(Retry.run("course_seats 2", 1, attempt -> offDuty(REPEATABLE_READ, 2, attempt)))
                .isZero();
        assertThat(onDuty()).as("nobody on duty").isZero();
    }

    @Test
    void serializableRefusesTheWriteSkewOnPostgreSqlAndARetryKeepsTheRuleButH2LetsItThrough() {
        if (postgres) {
            assertThatThrownBy(() -> offDuty(SERIALIZABLE, 2, 1))
                    .satisfies(e -> assertThat(sqlState(e)).isEqualTo("40001"))
                    .hasMessageContaining(
                            "could not serialize access due to read/write dependencies among transactions");
            assertThat(onDuty())
                    .as("Chemistry's teacher went off duty, Physics' stayed")
                    .isEqualTo(1);
            setSeatsCommitted(3, 1);

            var retries = Retry.run("course_seats 2", 3, attempt -> offDuty(SERIALIZABLE, 2, attempt));

            // The retry reads again, sees one teacher on duty, and leaves Physics' where it is.
            assertThat(retries).isEqualTo(1);
            assertThat(onDuty()).isEqualTo(1);
            assertThat(committedSeats(2)).isEqualTo(1);
        } else {
            // H2 2.5's SERIALIZABLE takes no predicate locks: the two disjoint writes both commit, as under REPEATABLE
            // READ, and the rule is broken without an error.
            assertThat(Retry.run("course_seats 2", 1, attempt -> offDuty(SERIALIZABLE, 2, attempt)))
                    .isZero();
            assertThat(onDuty()).as("nobody on duty").isZero();
        }
    }
}
