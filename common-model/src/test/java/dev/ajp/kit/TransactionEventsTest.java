package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The recorder sees the transaction, not only the statements: each framework driven through a commit, a rollback, a
 * savepoint rolled back to, and a rejected statement, with the exact sequence of statements and connection events it
 * produced, and what is in the table afterwards. On H2 and on PostgreSQL alike.
 */
class TransactionEventsTest {

    enum Framework {
        HIBERNATE,
        ECLIPSELINK,
        JDBI
    }

    private static final String INSERT = "insert into students (id, name, age, grade) values (?, ?, ?, ?)";

    private Database db;
    private Frameworks frameworks;

    @BeforeEach
    void openTheTutorialsDatabase() {
        db = Database.loaded(SampleData.canonical());
        frameworks = db.frameworks(Student.class, Course.class);
        // Started (and deployed) outside the recordings.
        frameworks.hibernate();
        frameworks.eclipseLink();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Framework.class)
    void aCommitIsRecordedBetweenTheAutoCommitSwitches(Framework framework) {
        var recording = db.recorder().record(() -> inTransaction(framework, true, work -> work.add("Jason", 24)));

        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (framework) {
                            case HIBERNATE ->
                                List.of("setAutoCommit(false)", "sequence", "insert", "commit", "setAutoCommit(true)");
                            // EclipseLink takes the id at persist(), before it begins the database transaction.
                            case ECLIPSELINK ->
                                List.of("sequence", "setAutoCommit(false)", "insert", "commit", "setAutoCommit(true)");
                            // Jdbi: the caller chose the id.
                            case JDBI -> List.of("setAutoCommit(false)", "insert", "commit", "setAutoCommit(true)");
                        });
        assertThat(recording.count(ConnectionAction.COMMIT)).isEqualTo(1);
        assertThat(names()).endsWith("Jason");
    }

    @ParameterizedTest
    @EnumSource(Framework.class)
    void aRollbackIsRecordedAndLeavesNothing(Framework framework) {
        var recording = db.recorder().record(() -> inTransaction(framework, false, work -> work.add("Jason", 24)));

        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (framework) {
                            case HIBERNATE ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "sequence",
                                        "insert",
                                        "rollback",
                                        "setAutoCommit(true)");
                            case ECLIPSELINK ->
                                List.of(
                                        "sequence",
                                        "setAutoCommit(false)",
                                        "insert",
                                        "rollback",
                                        "setAutoCommit(true)");
                            case JDBI -> List.of("setAutoCommit(false)", "insert", "rollback", "setAutoCommit(true)");
                        });
        assertThat(names()).doesNotContain("Jason");
    }

    @ParameterizedTest
    @EnumSource(Framework.class)
    void aSavepointRolledBackToKeepsWhatCameBefore(Framework framework) {
        var recording = db.recorder()
                .record(() -> inTransaction(framework, true, work -> {
                    work.add("Kevin", 23);
                    work.savepoint("kevin");
                    assertThat(work.insertDirectly("Invalid Student", -1)).isFalse();
                    work.rollbackTo("kevin");
                }));

        var afterTheFirstInsert =
                List.of("setSavepoint(kevin)", "insert failed", "rollback(kevin)", "commit", "setAutoCommit(true)");
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(concat(
                        switch (framework) {
                            case HIBERNATE -> List.of("setAutoCommit(false)", "sequence", "insert");
                            case ECLIPSELINK -> List.of("sequence", "setAutoCommit(false)", "insert");
                            case JDBI -> List.of("setAutoCommit(false)", "insert");
                        },
                        afterTheFirstInsert));
        assertThat(recording.failedStatements())
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo(StatementKind.INSERT));
        assertThat(names()).endsWith("Kevin").doesNotContain("Invalid Student");
    }

    @ParameterizedTest
    @EnumSource(Framework.class)
    void aRejectedStatementIsRecordedAsFailed(Framework framework) {
        assertThatThrownBy(() -> inTransaction(framework, true, work -> work.add("Invalid Student", -1)))
                .isInstanceOf(RuntimeException.class);
        var recording = db.recorder().recording();

        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (framework) {
                            case HIBERNATE ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "sequence",
                                        "insert failed",
                                        "rollback",
                                        "setAutoCommit(true)");
                            // After an error EclipseLink checks that the connection still works with a SELECT 1.
                            // On PostgreSQL that check fails too: the error aborted the transaction.
                            case ECLIPSELINK ->
                                List.of(
                                        "sequence",
                                        "setAutoCommit(false)",
                                        "insert failed",
                                        postgres() ? "select failed" : "select",
                                        "rollback",
                                        "setAutoCommit(true)");
                            case JDBI ->
                                List.of("setAutoCommit(false)", "insert failed", "rollback", "setAutoCommit(true)");
                        });
        assertThat(recording.failedStatements())
                .first()
                .satisfies(s -> assertThat(s.sql().toLowerCase()).startsWith("insert into students"));
        assertThat(names()).containsExactly("Alice", "Bob", "Carol", "Dave", "Eve");
    }

    @ParameterizedTest
    @EnumSource(Framework.class)
    void aStatementWithASyntaxErrorIsRecordedAsFailedOnBothDatabases(Framework framework) {
        var sql = "select name form students";

        assertThatThrownBy(() -> inTransaction(framework, false, work -> work.query(sql)))
                .isInstanceOf(RuntimeException.class);

        // H2 refuses it when it is prepared, PostgreSQL when it runs: the recorder shows the same failed SELECT.
        assertThat(db.recorder().recording().failedStatements()).first().satisfies(s -> {
            assertThat(s.sql()).isEqualTo(sql);
            assertThat(s.kind()).isEqualTo(StatementKind.SELECT);
        });
    }

    /** The steps the scenarios take, in each framework's own way. */
    private interface Work {
        /** Adds a student the framework's usual way (persist and flush; a Jdbi insert). */
        void add(String name, int age);

        /**
         * An INSERT sent on the transaction's own connection, past the framework, whose failure is caught on the
         * connection: false when the database rejected it.
         */
        boolean insertDirectly(String name, int age);

        void savepoint(String name);

        void rollbackTo(String name);

        /** A query sent as written, past any parser of the framework's own (JPA: on the connection). */
        void query(String sql);
    }

    /**
     * Runs {@code steps} in one transaction of the framework, then commits (or rolls back). When a step throws, the
     * transaction is rolled back and the exception passed on.
     */
    private void inTransaction(Framework framework, boolean commit, Consumer<Work> steps) {
        db.recorder().clear();
        switch (framework) {
            case HIBERNATE, ECLIPSELINK -> {
                var provider = framework == Framework.HIBERNATE ? JpaProvider.HIBERNATE : JpaProvider.ECLIPSELINK;
                try (var em = frameworks.jpa(provider).createEntityManager()) {
                    var transaction = em.getTransaction();
                    transaction.begin();
                    try {
                        steps.accept(new JpaWork(em, provider));
                        if (commit) {
                            transaction.commit();
                        } else {
                            transaction.rollback();
                        }
                    } catch (RuntimeException e) {
                        if (transaction.isActive()) {
                            transaction.rollback();
                        }
                        throw e;
                    }
                }
            }
            case JDBI ->
                frameworks.jdbi().useHandle(handle -> {
                    handle.begin();
                    try {
                        steps.accept(new JdbiWork(handle));
                        if (commit) {
                            handle.commit();
                        } else {
                            handle.rollback();
                        }
                    } catch (RuntimeException e) {
                        handle.rollback();
                        throw e;
                    }
                });
        }
    }

    private record JpaWork(EntityManager em, JpaProvider provider) implements Work {
        private static final Map<String, Savepoint> SAVEPOINTS = new HashMap<>();

        @Override
        public void add(String name, int age) {
            em.persist(new Student(name, age, "B"));
            em.flush();
        }

        @Override
        public boolean insertDirectly(String name, int age) {
            var inserted = new boolean[1];
            onConnection(connection -> {
                try (var insert = connection.prepareStatement(INSERT)) {
                    insert.setLong(1, 1000);
                    insert.setString(2, name);
                    insert.setInt(3, age);
                    insert.setString(4, "C");
                    insert.executeUpdate();
                    inserted[0] = true;
                } catch (SQLException rejected) {
                    // Caught here, on the connection: an exception out of doWork would mark Hibernate's
                    // transaction for rollback only, and its commit would then roll back.
                    inserted[0] = false;
                }
            });
            return inserted[0];
        }

        @Override
        public void savepoint(String name) {
            onConnection(connection -> SAVEPOINTS.put(name, connection.setSavepoint(name)));
        }

        @Override
        public void rollbackTo(String name) {
            onConnection(connection -> connection.rollback(SAVEPOINTS.remove(name)));
        }

        @Override
        public void query(String sql) {
            onConnection(connection -> {
                try (var statement = connection.prepareStatement(sql)) {
                    statement.executeQuery().close();
                }
            });
        }

        /** The connection of the EntityManager's transaction, as each provider hands it out. */
        private void onConnection(SqlWork work) {
            if (provider == JpaProvider.HIBERNATE) {
                em.unwrap(Session.class).doWork(work::run);
            } else {
                try {
                    work.run(em.unwrap(Connection.class));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private record JdbiWork(Handle handle) implements Work {
        @Override
        public void add(String name, int age) {
            handle.execute(INSERT, 100, name, age, "B");
        }

        @Override
        public boolean insertDirectly(String name, int age) {
            try {
                handle.execute(INSERT, 101, name, age, "C");
                return true;
            } catch (StatementException rejected) {
                return false;
            }
        }

        @Override
        public void query(String sql) {
            handle.createQuery(sql).mapToMap().list();
        }

        @Override
        public void savepoint(String name) {
            handle.savepoint(name);
        }

        @Override
        public void rollbackTo(String name) {
            handle.rollbackToSavepoint(name);
        }
    }

    private boolean postgres() {
        return db.settings().kind() == DatabaseSettings.Kind.POSTGRES;
    }

    private List<String> names() {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select name from students order by id")
                        .mapTo(String.class)
                        .list());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
