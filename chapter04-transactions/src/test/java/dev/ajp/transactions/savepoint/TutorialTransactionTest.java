package dev.ajp.transactions.savepoint;

import static dev.ajp.transactions.savepoint.NewStudent.INVALID;
import static dev.ajp.transactions.savepoint.NewStudent.JASON;
import static dev.ajp.transactions.savepoint.NewStudent.KEVIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.ConnectionAction;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.StatementKind;
import dev.ajp.transactions.ChapterDatabase;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every approach on the tutorial's two examples and on a longer run, each test in a fresh database (so that every
 * provider starts with an empty block of ids and the sequence calls are exact): the same rows for all, and the exact
 * statements and connection events of each.
 */
class TutorialTransactionTest {

    private Database db;

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void jasonIsCommittedBetweenTheAutoCommitSwitches(Approach approach) {
        var transaction = approach.on(db);

        var recording = db.recorder().record(() -> transaction.run(List.of(JASON), List.of()));

        assertThat(recording.result()).isEqualTo(new TutorialTransaction.Outcome(1, List.of()));
        assertThat(ChapterDatabase.names(db)).containsExactly("Alice", "Bob", "Carol", "Dave", "Eve", "Jason");
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (approach) {
                            case JDBC_SAVEPOINT,
                                    JDBI_SAVEPOINT,
                                    HIBERNATE_SAVEPOINT,
                                    HIBERNATE_VALIDATE_FIRST,
                                    JDBI_VALIDATE_FIRST ->
                                List.of("setAutoCommit(false)", "sequence", "insert", "commit", "setAutoCommit(true)");
                            // EclipseLink takes the id at persist(), before it begins the database transaction.
                            case ECLIPSELINK_SAVEPOINT, ECLIPSELINK_VALIDATE_FIRST ->
                                List.of("sequence", "setAutoCommit(false)", "insert", "commit", "setAutoCommit(true)");
                        });
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void kevinIsKeptAndTheInvalidStudentIsRolledBackToTheSavepointOrNeverSent(Approach approach) {
        var transaction = approach.on(db);

        var recording = db.recorder().record(() -> transaction.run(List.of(KEVIN), List.of(INVALID)));

        assertThat(recording.result()).isEqualTo(new TutorialTransaction.Outcome(1, List.of(INVALID)));
        assertThat(ChapterDatabase.names(db)).containsExactly("Alice", "Bob", "Carol", "Dave", "Eve", "Kevin");
        var savepointRolledBack = List.of("setSavepoint(risky)", "insert failed", "rollback(risky)");
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (approach) {
                            case JDBC_SAVEPOINT, JDBI_SAVEPOINT, HIBERNATE_SAVEPOINT ->
                                concat(
                                        List.of("setAutoCommit(false)", "sequence", "insert"),
                                        savepointRolledBack,
                                        List.of("commit", "setAutoCommit(true)"));
                            // Its id block is EclipseLink's; the JDBC insert takes one of its own from the sequence.
                            case ECLIPSELINK_SAVEPOINT ->
                                List.of(
                                        "sequence",
                                        "setAutoCommit(false)",
                                        "insert",
                                        "setSavepoint(risky)",
                                        "sequence",
                                        "insert failed",
                                        "rollback(risky)",
                                        "commit",
                                        "setAutoCommit(true)");
                            // The invalid student is never sent: nothing to roll back.
                            case HIBERNATE_VALIDATE_FIRST, JDBI_VALIDATE_FIRST ->
                                List.of("setAutoCommit(false)", "sequence", "insert", "commit", "setAutoCommit(true)");
                            case ECLIPSELINK_VALIDATE_FIRST ->
                                List.of("sequence", "setAutoCommit(false)", "insert", "commit", "setAutoCommit(true)");
                        });
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void aRejectedSureStudentRollsBackTheWholeTransactionWithAClearError(Approach approach) {
        var transaction = approach.on(db);
        db.recorder().clear();

        assertThatThrownBy(() -> transaction.run(List.of(JASON, INVALID), List.of()))
                .isInstanceOf(TransactionFailedException.class)
                .hasMessageStartingWith("Nothing was written, the transaction was rolled back: ")
                .satisfies(e -> assertThat(e.getMessage().toLowerCase())
                        .contains(
                                switch (approach) {
                                    case JDBC_SAVEPOINT, JDBI_SAVEPOINT, HIBERNATE_SAVEPOINT, ECLIPSELINK_SAVEPOINT ->
                                        "students_age_not_negative";
                                    case HIBERNATE_VALIDATE_FIRST, ECLIPSELINK_VALIDATE_FIRST, JDBI_VALIDATE_FIRST ->
                                        "age must be greater than or equal to 0 (was -1)";
                                }));
        var recording = db.recorder().recording();

        assertThat(ChapterDatabase.names(db)).containsExactly("Alice", "Bob", "Carol", "Dave", "Eve");
        // Jason and the invalid student go out in one JDBC batch, which the database rejects as a whole.
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (approach) {
                            case JDBC_SAVEPOINT, JDBI_SAVEPOINT, HIBERNATE_SAVEPOINT ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "sequence",
                                        "insert failed",
                                        "rollback",
                                        "setAutoCommit(true)");
                            // After an error EclipseLink checks the connection with SELECT 1, which fails on
                            // PostgreSQL: the error aborted the transaction.
                            case ECLIPSELINK_SAVEPOINT ->
                                List.of(
                                        "sequence",
                                        "setAutoCommit(false)",
                                        "insert failed",
                                        postgres() ? "select failed" : "select",
                                        "rollback",
                                        "setAutoCommit(true)");
                            // Refused before any SQL.
                            case HIBERNATE_VALIDATE_FIRST, ECLIPSELINK_VALIDATE_FIRST, JDBI_VALIDATE_FIRST -> List.of();
                        });

        // Nothing is left half-done: the same approach works again at once.
        assertThat(transaction.run(List.of(JASON), List.of()).inserted()).isEqualTo(1);
        assertThat(ChapterDatabase.names(db)).endsWith("Jason");
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void everyRiskyStudentHasASavepointOfItsOwnOrIsValidatedFirst(Approach approach) {
        var transaction = approach.on(db);
        var students = NewStudent.generated(10, 5); // the 5th and the 10th are invalid
        var invalid = List.of(students.get(4), students.get(9));

        var recording = db.recorder().record(() -> transaction.run(List.of(), students));

        assertThat(recording.result().leftOut()).containsExactlyElementsOf(invalid);
        assertThat(recording.result().inserted()).isEqualTo(8);
        assertThat(ChapterDatabase.names(db))
                .hasSize(5 + 8)
                .containsAll(students.stream()
                        .filter(NewStudent::valid)
                        .map(NewStudent::name)
                        .toList())
                .doesNotContain(invalid.get(0).name(), invalid.get(1).name());
        var savepoints = List.of(
                recording.count(ConnectionAction.SET_SAVEPOINT),
                recording.count(ConnectionAction.ROLLBACK_TO_SAVEPOINT),
                recording.count(ConnectionAction.RELEASE_SAVEPOINT));
        switch (approach) {
            case JDBC_SAVEPOINT, JDBI_SAVEPOINT, HIBERNATE_SAVEPOINT, ECLIPSELINK_SAVEPOINT -> {
                // One sequence call for the ids, then each student on its own: 8 INSERTs and 2 rejected ones.
                assertThat(recording.count()).isEqualTo(1 + 10);
                assertThat(recording.count(StatementKind.SEQUENCE)).isEqualTo(1);
                assertThat(recording.singleInserts()).isEqualTo(10);
                assertThat(recording.failedStatements()).hasSize(2);
                assertThat(savepoints).containsExactly(10L, 2L, 8L);
            }
            case HIBERNATE_VALIDATE_FIRST, ECLIPSELINK_VALIDATE_FIRST, JDBI_VALIDATE_FIRST -> {
                // The valid eight in one batch; no savepoint at all.
                assertThat(recording.count()).isEqualTo(2);
                assertThat(recording.count(StatementKind.SEQUENCE)).isEqualTo(1);
                assertThat(recording.insertBatchSizes()).containsExactly(8);
                assertThat(recording.failedStatements()).isEmpty();
                assertThat(savepoints).containsExactly(0L, 0L, 0L);
            }
        }
        assertThat(recording.count(ConnectionAction.COMMIT)).isEqualTo(1);
        assertThat(recording.count(ConnectionAction.ROLLBACK)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void sureStudentsGoOutInBatchesOfFifty(Approach approach) {
        var transaction = approach.on(db);

        var recording = db.recorder().record(() -> transaction.run(NewStudent.generated(120, 0), List.of()));

        assertThat(recording.result().inserted()).isEqualTo(120);
        assertThat(ChapterDatabase.names(db)).hasSize(5 + 120);
        assertThat(recording.count(StatementKind.SEQUENCE)).isEqualTo(3);
        assertThat(recording.count()).isEqualTo(3 + 3);
        assertThat(recording.statements().stream()
                        .filter(s -> s.kind() == StatementKind.INSERT)
                        .map(s -> s.batchSize()))
                .containsExactly(50, 50, 20);
        assertThat(recording.events()).noneMatch(e -> e.action() == ConnectionAction.SET_SAVEPOINT);
    }

    private boolean postgres() {
        return db.settings().kind() == DatabaseSettings.Kind.POSTGRES;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Stream.of(parts).flatMap(List::stream).toList();
    }
}
