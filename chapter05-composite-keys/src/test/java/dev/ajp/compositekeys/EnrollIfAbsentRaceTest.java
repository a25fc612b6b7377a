package dev.ajp.compositekeys;

import static dev.ajp.compositekeys.EnrollmentData.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Recording;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two callers enroll the same new pair, Dave in Art, at the same moment. The race is forced, not hoped for: the
 * winner's statement runs on a connection of its own and stays uncommitted until the loser's statement is under way
 * (H2: the loser's session is executing it, its snapshot taken; PostgreSQL: the loser waits for the winner's lock),
 * and only then does the winner commit or roll back. Then the same race, unforced, many times over, on two threads.
 *
 * <p>The winner and the watcher use plain connections past the recorder, so a recording holds the loser's SQL alone.
 */
class EnrollIfAbsentRaceTest {

    private static final EnrollmentKey DAVE_IN_ART = new EnrollmentKey(4, 5);
    private static final LocalDate WINNERS_DATE = LocalDate.parse("2024-09-10");
    private static final LocalDate LOSERS_DATE = LocalDate.parse("2024-09-11");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int ROUNDS = 20;

    private Database db;
    private ExecutorService threads;

    @BeforeEach
    void open() {
        db = EnrollmentData.canonical();
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        db.close();
    }

    /**
     * The statement H2 uses, MERGE, run on both databases (PostgreSQL 15 has MERGE too): the loser looked for the row
     * before the winner committed, found none, and its INSERT is refused by the key.
     */
    @Test
    void aMergeThatStartsBeforeTheOtherCommitsIsRefusedByTheKeyOnBothDatabases() {
        var merge = IdempotentEnrollment.sql(DatabaseSettings.Kind.H2);

        var loser = race(merge, () -> rawUpdate(merge, LOSERS_DATE), true);

        assertThat(loser.result()).isInstanceOf(SQLException.class);
        var refusal = (SQLException) loser.result();
        assertThat(refusal.getSQLState()).isEqualTo("23505");
        assertThat(refusal.getMessage().toLowerCase(Locale.ROOT)).contains("enrollments_pk");
        assertThat(loser.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.succeeded()).isFalse());
        assertThat(daveInArt()).containsExactly(row(4, 5, "2024-09-10"));
    }

    /** PostgreSQL's statement: the loser waits for the winner's row, and once it is committed, does nothing. */
    @Test
    void onConflictWaitsForTheWinnerAndThenDoesNothing() {
        assumeTrue(
                postgres(),
                "ON CONFLICT is PostgreSQL's; H2 knows it only in its PostgreSQL compatibility mode, and uses MERGE");
        var onConflict = IdempotentEnrollment.sql(DatabaseSettings.Kind.POSTGRES);

        var loser = race(onConflict, () -> rawUpdate(onConflict, LOSERS_DATE), true);

        assertThat(loser.result()).isEqualTo(0);
        assertThat(loser.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.succeeded()).isTrue());
        assertThat(daveInArt()).containsExactly(row(4, 5, "2024-09-10"));
    }

    /** The loser really waited for the winner: when the winner rolls back, the loser's row is the one inserted. */
    @Test
    void whenTheWinnerRollsBackTheLoserInsertsOnBothDatabases() {
        var statement = IdempotentEnrollment.sql(db.settings().kind());

        var loser = race(statement, () -> rawUpdate(statement, LOSERS_DATE), false);

        assertThat(loser.result()).isEqualTo(1);
        assertThat(daveInArt()).containsExactly(row(4, 5, "2024-09-11"));
    }

    /** The chapter's JDBC reference reads the lost race as "it was there": false, no exception. */
    @Test
    void theJdbcReferenceTellsTheLoserThatThePairIsThere() {
        var database = db.settings().kind();

        var loser = race(IdempotentEnrollment.sql(database), (Supplier<Object>) () -> {
            try (var connection = db.dataSource().getConnection()) {
                return IdempotentEnrollment.withJdbc(connection, database, DAVE_IN_ART, LOSERS_DATE);
            } catch (SQLException e) {
                return e;
            }
        });

        assertThat(loser.result()).isEqualTo(false);
        // One statement: refused by the key on H2 (MERGE), a quiet no-op on PostgreSQL (ON CONFLICT).
        assertThat(loser.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.succeeded()).isEqualTo(postgres()));
        assertThat(daveInArt()).containsExactly(row(4, 5, "2024-09-10"));
    }

    /**
     * Every approach, losing the forced race: false, no error, the winner's row. On H2 the loser's MERGE is refused
     * by the key and its transaction rolled back; on PostgreSQL its INSERT ... ON CONFLICT does nothing.
     */
    @ParameterizedTest
    @EnumSource(Approach.class)
    void theLoserOfTheRaceIsToldThePairIsThereByEveryApproach(Approach approach) {
        var enrollments = approach.on(db);

        var loser = race(
                IdempotentEnrollment.sql(db.settings().kind()),
                () -> enrollments.enrollIfAbsent(DAVE_IN_ART, LOSERS_DATE));

        assertThat(loser.result()).isEqualTo(false);
        var statement = postgres() ? "insert" : "other failed";
        assertThat(loser.outline())
                .as(loser.describe())
                .containsExactlyElementsOf(
                        switch (approach) {
                            case HIBERNATE_EMBEDDED_ID, HIBERNATE_ID_CLASS ->
                                postgres()
                                        ? List.of("setAutoCommit(false)", statement, "commit", "setAutoCommit(true)")
                                        : List.of("setAutoCommit(false)", statement, "rollback", "setAutoCommit(true)");
                            case ECLIPSELINK_EMBEDDED_ID, ECLIPSELINK_ID_CLASS ->
                                postgres()
                                        ? List.of("setAutoCommit(false)", statement, "commit", "setAutoCommit(true)")
                                        // EclipseLink checks the connection after a failed statement.
                                        : List.of(
                                                "setAutoCommit(false)",
                                                statement,
                                                "select",
                                                "rollback",
                                                "setAutoCommit(true)");
                            case JDBI_NESTED_KEY -> List.of(statement);
                        });
        assertThat(loser.statements().get(0).sql())
                .isEqualTo(IdempotentEnrollment.sql(db.settings().kind()));
        if (!postgres() && approach.label().startsWith("EclipseLink")) {
            assertThat(loser.statements().get(1).sql()).isEqualTo("SELECT 1");
        }
        assertThat(daveInArt()).containsExactly(row(4, 5, "2024-09-10"));
    }

    /**
     * The race unforced: two threads released together by a barrier, {@value #ROUNDS} rounds, the pair removed
     * before each. Every round ends with one row and one caller told it inserted it, and no error reaches either.
     */
    @ParameterizedTest
    @EnumSource(Approach.class)
    void twoCallersEnrollingOnePairAtOnceLeaveOneRowAndNoError(Approach approach) throws Exception {
        var enrollments = approach.on(db);

        for (var round = 1; round <= ROUNDS; round++) {
            removeDaveInArt();
            var barrier = new CyclicBarrier(2);
            var callers = new ArrayList<Future<Boolean>>();
            for (var date : List.of(WINNERS_DATE, LOSERS_DATE)) {
                Callable<Boolean> caller = () -> {
                    barrier.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                    return enrollments.enrollIfAbsent(DAVE_IN_ART, date);
                };
                callers.add(threads.submit(caller));
            }
            var inserted = new ArrayList<Boolean>();
            for (var caller : callers) {
                inserted.add(caller.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)); // an error would be thrown here
            }

            assertThat(inserted).as("round %d", round).containsExactlyInAnyOrder(true, false);
            assertThat(daveInArt()).as("round %d", round).hasSize(1);
        }
    }

    /**
     * The winner enrolls Dave in Art with {@code statement} on a connection of its own, uncommitted; the loser runs on
     * another thread; once the loser's statement is under way, the winner commits. The loser's recording.
     */
    private <T> Recording<T> race(String statement, Supplier<T> loser) {
        return race(statement, loser, true);
    }

    private <T> Recording<T> race(String statement, Supplier<T> loser, boolean winnerCommits) {
        try (var winner = rawConnection();
                var watcher = rawConnection()) {
            winner.setAutoCommit(false);
            assertThat(update(winner, statement, WINNERS_DATE)).isEqualTo(1);
            var winnerId = sessionId(winner);

            var losing = threads.submit(() -> db.recorder().record(loser));
            var deadline = System.nanoTime() + PATIENCE.toNanos();
            while (!loserIsUnderWay(watcher, winnerId)) {
                assertThat(losing.isDone())
                        .as("the loser finished before the winner committed: no race")
                        .isFalse();
                assertThat(System.nanoTime())
                        .as("the loser's statement never started")
                        .isLessThan(deadline);
            }
            if (winnerCommits) {
                winner.commit();
            } else {
                winner.rollback();
            }
            return losing.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * H2 shows a session's statement once its snapshot is taken (it cannot see the winner's row any more), and says
     * nothing of a lock wait; PostgreSQL shows who is waiting for whom.
     */
    private boolean loserIsUnderWay(Connection watcher, String winnerId) throws SQLException {
        var sql = postgres()
                ? "select count(*) from pg_stat_activity where " + winnerId + " = any(pg_blocking_pids(pid))"
                : "select count(*) from information_schema.sessions"
                        + " where session_id <> session_id() and executing_statement like 'merge into enrollments%'";
        try (var statement = watcher.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1) > 0;
        }
    }

    private String sessionId(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(postgres() ? "select pg_backend_pid()" : "select session_id()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The statement on a recorded connection of the pool, in auto-commit: its update count, or its refusal. */
    private Object rawUpdate(String statement, LocalDate date) {
        try (var connection = db.dataSource().getConnection()) {
            return update(connection, statement, date);
        } catch (SQLException e) {
            return e;
        }
    }

    private static int update(Connection connection, String statement, LocalDate date) throws SQLException {
        try (var update = connection.prepareStatement(statement)) {
            update.setLong(1, DAVE_IN_ART.studentId());
            update.setLong(2, DAVE_IN_ART.courseId());
            update.setObject(3, date);
            return update.executeUpdate();
        }
    }

    /** A connection to the same database (the same private schema on PostgreSQL) that the recorder does not see. */
    private Connection rawConnection() throws SQLException {
        String url;
        String schema;
        try (var pooled = db.dataSource().getConnection()) {
            url = pooled.getMetaData().getURL();
            schema = pooled.getSchema();
        }
        var connection = DriverManager.getConnection(
                url, db.settings().user(), db.settings().password());
        connection.setSchema(schema);
        return connection;
    }

    private List<EnrollmentRow> daveInArt() {
        return EnrollmentData.rows(db).stream()
                .filter(r -> r.key().equals(DAVE_IN_ART))
                .toList();
    }

    private void removeDaveInArt() {
        db.frameworks()
                .jdbi()
                .useHandle(h -> h.execute("delete from enrollments where student_id = 4 and course_id = 5"));
    }

    private boolean postgres() {
        return db.settings().kind() == DatabaseSettings.Kind.POSTGRES;
    }
}
