package dev.ajp.transactions.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ConnectionAction;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.model.Student;
import dev.ajp.transactions.ChapterDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Map;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How each framework runs a transaction at another isolation level (JPA has no API for it), checked by asking the
 * database, inside the transaction, which level it is at; and the pool puts the default back on that same connection
 * afterwards.
 */
class IsolationTest {

    private Database db;

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void hibernateIgnoresItsIsolationSettingOnADataSourceSoSetItOnTheConnectionAfterBegin() {
        var ignored = ChapterDatabase.students(db).hibernate(Map.of("hibernate.connection.isolation", "SERIALIZABLE"));
        try (var em = ignored.createEntityManager()) {
            em.getTransaction().begin();
            assertThat(em.callWithConnection(IsolationTest::levelInEffect)).isEqualTo("read committed");
            em.getTransaction().commit();
        }

        var recording = db.recorder().record(() -> {
            try (var em = ChapterDatabase.students(db).hibernate().createEntityManager()) {
                // tag::hibernate[]
                em.getTransaction().begin();
                em.unwrap(org.hibernate.Session.class)
                        .doWork(c -> c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE));
                // end::hibernate[]
                var level = em.callWithConnection(IsolationTest::levelInEffect);
                var used = em.callWithConnection(IsolationTest::physical);
                em.getTransaction().commit();
                return new LevelOn(level, used);
            }
        });

        assertThat(recording.result().level()).isEqualTo("serializable");
        assertThat(recording.outline())
                .containsSubsequence("setAutoCommit(false)", "setTransactionIsolation(SERIALIZABLE)", "commit");
        assertThat(levelWhenHandedOutAgain(recording.result().connection())).isEqualTo("read committed");
    }

    @Test
    void eclipseLinkSetsTheLevelOnEveryConnectionItTakesThroughASessionCustomizer() {
        var factory = ChapterDatabase.students(db)
                .eclipseLink(Map.of("eclipselink.session.customizer", SerializableSessions.class.getName()));

        var recording = db.recorder().record(() -> {
            try (var em = factory.createEntityManager()) {
                em.getTransaction().begin();
                em.find(Student.class, 1L);
                var level = levelInEffect(em.unwrap(Connection.class));
                var used = physical(em.unwrap(Connection.class));
                em.getTransaction().commit();
                return new LevelOn(level, used);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(recording.result().level()).isEqualTo("serializable");
        assertThat(recording.count(ConnectionAction.SET_TRANSACTION_ISOLATION)).isPositive();
        assertThat(recording.events())
                .filteredOn(e -> e.action() == ConnectionAction.SET_TRANSACTION_ISOLATION)
                .allSatisfy(e -> assertThat(e.argument()).isEqualTo("SERIALIZABLE"));
        assertThat(levelWhenHandedOutAgain(recording.result().connection())).isEqualTo("read committed");
    }

    @Test
    void jdbiSetsTheLevelForOneTransactionAndPutsTheOldOneBack() {
        var recording = db.recorder().record(() -> {
            try {
                // tag::jdbi[]
                return db.frameworks()
                        .jdbi()
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

    /** The level a transaction ran at, and the driver's connection it ran on. */
    private record LevelOn(String level, Connection connection) {}

    /** The driver's own connection under the pool's and the recorder's wrappers. */
    static Connection physical(Connection connection) throws SQLException {
        var postgres = DatabaseSettings.fromEnvironment().kind() == DatabaseSettings.Kind.POSTGRES;
        try {
            var driverConnection = Class.forName(
                            postgres ? "org.postgresql.jdbc.PgConnection" : "org.h2.jdbc.JdbcConnection")
                    .asSubclass(Connection.class);
            return connection.unwrap(driverConnection);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The level of {@code used} when the pool hands it out again, outside any transaction. Any connection taken from
     * the pool might be another one, so all of the pool's connections (the kit's pool holds at most 4) are taken at
     * once until {@code used} is among them.
     */
    private String levelWhenHandedOutAgain(Connection used) {
        var taken = new ArrayList<Connection>();
        try {
            for (var i = 0; i < 4; i++) {
                var connection = db.dataSource().getConnection();
                taken.add(connection);
                if (physical(connection) == used) {
                    return levelInEffect(connection);
                }
            }
            throw new AssertionError("The pool did not hand out the connection the transaction used");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            for (var connection : taken) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
