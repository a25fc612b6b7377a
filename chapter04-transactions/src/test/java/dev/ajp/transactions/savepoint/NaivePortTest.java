package dev.ajp.transactions.savepoint;

import static dev.ajp.transactions.savepoint.NewStudent.INVALID;
import static dev.ajp.transactions.savepoint.NewStudent.KEVIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.transactions.ChapterDatabase;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.transaction.TransactionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each naive port of the tutorial's second example does, on the database in use: whether its commit returns or
 * throws, whether Kevin is in the table afterwards, and the statements and connection events that show why. Each
 * runs on both databases; where the outcome differs, each database's is asserted.
 */
class NaivePortTest {

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
    @EnumSource(NaivePort.class)
    void eachNaivePortLosesKevinWhereItsTransactionWasMarkedOrAborted(NaivePort port) {
        if (!port.runsOn(kind())) {
            // H2 has no driver autosave: the kit refuses PostgreSQL driver properties there, naming them.
            assertThatThrownBy(() -> port.on(db))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("autosave")
                    .hasMessageContaining("are for PostgreSQL's driver");
            return;
        }
        var transaction = port.on(db);
        db.recorder().clear();

        Throwable thrown = null;
        try {
            // Every port believes it kept Kevin and left the invalid student out.
            assertThat(transaction.run(List.of(KEVIN), List.of(INVALID)))
                    .isEqualTo(new TutorialTransaction.Outcome(1, List.of(INVALID)));
        } catch (RuntimeException e) {
            thrown = e;
        }
        var recording = db.recorder().recording();

        var kevinKept = switch (port) {
            // The JPA transaction was marked for rollback, on every database.
            case HIBERNATE_FLUSH_CAUGHT,
                    HIBERNATE_FLUSH_CAUGHT_COMPLIANT,
                    ECLIPSELINK_FLUSH_CAUGHT,
                    HIBERNATE_VALIDATION_CAUGHT,
                    ECLIPSELINK_VALIDATION_CAUGHT,
                    JDBI_RELEASE_AFTER_ROLLBACK -> false;
            // PostgreSQL aborted the transaction (or Hibernate marked it, knowing PostgreSQL does); H2 did not.
            case HIBERNATE_WORK_THROWS,
                    JDBC_ERROR_CAUGHT,
                    JDBI_ERROR_CAUGHT,
                    JDBI_NESTED_TRANSACTION,
                    JDBC_ERROR_CAUGHT_AUTOSAVE_CONSERVATIVE -> !postgres();
            // The driver's own savepoint before the INSERT was rolled back to.
            case JDBC_ERROR_CAUGHT_AUTOSAVE_ALWAYS -> true;
        };
        assertThat(ChapterDatabase.names(db).contains("Kevin")).as("Kevin kept").isEqualTo(kevinKept);
        assertThat(ChapterDatabase.names(db)).doesNotContain("Invalid Student");

        switch (port) {
            case HIBERNATE_FLUSH_CAUGHT, HIBERNATE_VALIDATION_CAUGHT, HIBERNATE_WORK_THROWS ->
                assertThat(thrown)
                        .as("Hibernate's commit returns normally, also when it rolled back")
                        .isNull();
            case HIBERNATE_FLUSH_CAUGHT_COMPLIANT ->
                assertThat(thrown)
                        .isInstanceOf(RollbackException.class)
                        .hasMessage(
                                "Error while committing the transaction [Transaction was marked for rollback only]");
            case ECLIPSELINK_FLUSH_CAUGHT, ECLIPSELINK_VALIDATION_CAUGHT ->
                assertThat(thrown)
                        .isInstanceOf(RollbackException.class)
                        .hasMessage("Transaction \"rolled back\" because transaction was set to RollbackOnly.");
            // The commit of an aborted PostgreSQL transaction returns normally too: the driver does not complain.
            case JDBC_ERROR_CAUGHT,
                    JDBC_ERROR_CAUGHT_AUTOSAVE_ALWAYS,
                    JDBC_ERROR_CAUGHT_AUTOSAVE_CONSERVATIVE,
                    JDBI_ERROR_CAUGHT,
                    JDBI_NESTED_TRANSACTION -> assertThat(thrown).isNull();
            case JDBI_RELEASE_AFTER_ROLLBACK ->
                assertThat(thrown)
                        .isInstanceOf(TransactionException.class)
                        .hasMessage("Attempt to release non-existent savepoint, 'risky'");
        }

        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (port) {
                            // commit() sends a rollback: the recorder sees what the JPA transaction hid.
                            case HIBERNATE_FLUSH_CAUGHT, HIBERNATE_FLUSH_CAUGHT_COMPLIANT ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "sequence",
                                        "insert",
                                        "setSavepoint(risky)",
                                        "insert failed",
                                        "rollback(risky)",
                                        "rollback",
                                        "setAutoCommit(true)");
                            case ECLIPSELINK_FLUSH_CAUGHT ->
                                List.of(
                                        "sequence",
                                        "setAutoCommit(false)",
                                        "insert",
                                        "setSavepoint(risky)",
                                        "insert failed",
                                        postgres() ? "select failed" : "select",
                                        "rollback(risky)",
                                        "rollback",
                                        "setAutoCommit(true)");
                            // The validator refused the entity: no INSERT was sent, and still everything is lost.
                            case HIBERNATE_VALIDATION_CAUGHT ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "sequence",
                                        "insert",
                                        "setSavepoint(risky)",
                                        "rollback(risky)",
                                        "rollback",
                                        "setAutoCommit(true)");
                            case ECLIPSELINK_VALIDATION_CAUGHT ->
                                List.of(
                                        "sequence",
                                        "setAutoCommit(false)",
                                        "insert",
                                        "setSavepoint(risky)",
                                        "rollback(risky)",
                                        "rollback",
                                        "setAutoCommit(true)");
                            case HIBERNATE_WORK_THROWS ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "sequence",
                                        "insert",
                                        "setSavepoint(risky)",
                                        "sequence",
                                        "insert failed",
                                        "rollback(risky)",
                                        postgres() ? "rollback" : "commit",
                                        "setAutoCommit(true)");
                            // The same on both databases, down to a commit that succeeds: nothing here shows the loss.
                            case JDBC_ERROR_CAUGHT,
                                    JDBC_ERROR_CAUGHT_AUTOSAVE_ALWAYS,
                                    JDBC_ERROR_CAUGHT_AUTOSAVE_CONSERVATIVE,
                                    JDBI_ERROR_CAUGHT,
                                    JDBI_NESTED_TRANSACTION ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "sequence",
                                        "insert",
                                        "insert failed",
                                        "commit",
                                        "setAutoCommit(true)");
                            case JDBI_RELEASE_AFTER_ROLLBACK ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "sequence",
                                        "insert",
                                        "setSavepoint(risky)",
                                        "insert failed",
                                        "rollback(risky)",
                                        "rollback",
                                        "setAutoCommit(true)");
                        });
    }

    @Test
    void afterAnErrorPostgreSQLRefusesEveryStatementUntilTheTransactionEndsAndH2CarriesOn() throws SQLException {
        try (var connection = db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(JdbcSavepoint.INSERT);
                    var count = connection.prepareStatement("select count(*) from students")) {
                JdbcSavepoint.bind(insert, 100, KEVIN);
                insert.executeUpdate();
                JdbcSavepoint.bind(insert, 101, INVALID);
                assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class);

                if (postgres()) {
                    assertThatThrownBy(count::executeQuery)
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining(
                                    "current transaction is aborted, commands ignored until end of transaction block")
                            .satisfies(e ->
                                    assertThat(((SQLException) e).getSQLState()).isEqualTo("25P02"));
                } else {
                    try (var rows = count.executeQuery()) {
                        rows.next();
                        assertThat(rows.getInt(1)).isEqualTo(6);
                    }
                }
                connection.commit(); // returns normally on both
            } finally {
                connection.setAutoCommit(true);
            }
        }
        assertThat(ChapterDatabase.names(db)).hasSize(postgres() ? 5 : 6);
    }

    @Test
    void everyNaivePortHasItsOwnName() {
        assertThat(Stream.of(NaivePort.values()).map(NaivePort::label)).doesNotHaveDuplicates();
    }

    private DatabaseSettings.Kind kind() {
        return db.settings().kind();
    }

    private boolean postgres() {
        return kind() == DatabaseSettings.Kind.POSTGRES;
    }
}
