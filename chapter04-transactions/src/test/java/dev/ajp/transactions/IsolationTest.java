package dev.ajp.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SqlRecorder.Action;
import dev.ajp.model.Student;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How each framework runs a transaction at another isolation level (JPA has no API for it), checked by asking the
 * database, inside the transaction, which level it is at; and the pool puts the default back afterwards.
 */
class IsolationTest {

    private Database db;

    @BeforeEach
    void open() {
        db = Tutorial.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void hibernateIgnoresItsIsolationSettingOnADataSourceSoSetItOnTheConnectionAfterBegin() {
        var ignored = Approach.students(db).hibernate(Map.of("hibernate.connection.isolation", "SERIALIZABLE"));
        try (var em = ignored.createEntityManager()) {
            em.getTransaction().begin();
            assertThat(em.callWithConnection(IsolationTest::levelInEffect)).isEqualTo("read committed");
            em.getTransaction().commit();
        }

        var recording = db.recorder().record(() -> {
            try (var em = Approach.students(db).hibernate().createEntityManager()) {
                // tag::hibernate[]
                em.getTransaction().begin();
                em.unwrap(org.hibernate.Session.class)
                        .doWork(c -> c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE));
                // end::hibernate[]
                var level = em.callWithConnection(IsolationTest::levelInEffect);
                em.getTransaction().commit();
                return level;
            }
        });

        assertThat(recording.result()).isEqualTo("serializable");
        assertThat(recording.outline())
                .containsSubsequence("setAutoCommit(false)", "setTransactionIsolation(SERIALIZABLE)", "commit");
        assertThat(levelOfAFreshConnection()).isEqualTo("read committed");
    }

    @Test
    void eclipseLinkSetsTheLevelOnEveryConnectionItTakesThroughASessionCustomizer() {
        var factory = Approach.students(db)
                .eclipseLink(Map.of("eclipselink.session.customizer", SerializableSessions.class.getName()));

        var recording = db.recorder().record(() -> {
            try (var em = factory.createEntityManager()) {
                em.getTransaction().begin();
                em.find(Student.class, 1L);
                var level = levelInEffect(em.unwrap(Connection.class));
                em.getTransaction().commit();
                return level;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(recording.result()).isEqualTo("serializable");
        assertThat(recording.count(Action.SET_TRANSACTION_ISOLATION)).isPositive();
        assertThat(recording.events())
                .filteredOn(e -> e.action() == Action.SET_TRANSACTION_ISOLATION)
                .allSatisfy(e -> assertThat(e.argument()).isEqualTo("SERIALIZABLE"));
        assertThat(levelOfAFreshConnection()).isEqualTo("read committed");
    }

    @Test
    void jdbiSetsTheLevelForOneTransactionAndPutsTheOldOneBack() {
        var recording = db.recorder().record(() -> {
            try {
                // tag::jdbi[]
                return db.jdbi()
                        .inTransaction(
                                TransactionIsolationLevel.SERIALIZABLE,
                                handle -> levelInEffect(handle.getConnection()));
                // end::jdbi[]
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(recording.result()).isEqualTo("serializable");
        assertThat(recording.outline())
                .startsWith("setTransactionIsolation(SERIALIZABLE)", "setAutoCommit(false)")
                .endsWith("commit", "setAutoCommit(true)", "setTransactionIsolation(READ_COMMITTED)");
    }

    /** The level the database says the current transaction runs at, in lower case on both databases. */
    static String levelInEffect(Connection connection) throws SQLException {
        var postgres = DatabaseSettings.fromEnvironment().kind() == DatabaseSettings.Kind.POSTGRES;
        try (var statement = connection.createStatement();
                var level = statement.executeQuery(
                        postgres
                                ? "select current_setting('transaction_isolation')"
                                : "select isolation_level from information_schema.sessions where session_id ="
                                        + " session_id()")) {
            level.next();
            return level.getString(1).toLowerCase();
        }
    }

    private String levelOfAFreshConnection() {
        try (var connection = db.dataSource().getConnection()) {
            return levelInEffect(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
