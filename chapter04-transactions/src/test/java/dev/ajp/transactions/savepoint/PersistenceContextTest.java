package dev.ajp.transactions.savepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.Logging;
import dev.ajp.kit.StatementKind;
import dev.ajp.model.Student;
import dev.ajp.transactions.ChapterDatabase;
import dev.ajp.transactions.TransactionConnection;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A JDBC savepoint lives in the database; the persistence context lives in memory, and knows nothing of it. Rolling
 * the connection back to a savepoint undoes rows, not entities.
 */
class PersistenceContextTest {

    private Database db;

    @BeforeAll
    static void quiet() {
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
    }

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aChangeMadeAfterTheSavepointSurvivesTheRollbackToItAndTheCommitWritesIt(JpaProvider provider)
            throws SQLException {
        var factory = ChapterDatabase.students(db).jpa(provider);
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var alice = em.find(Student.class, 1L);
            var connection = TransactionConnection.of(em);
            var savepoint = connection.setSavepoint("before_the_grade");
            // tag::in-memory[]
            alice.setGrade("F"); // after the savepoint, not flushed yet
            connection.rollback(savepoint); // the database had nothing to undo; the entity keeps its F
            // end::in-memory[]
            assertThat(alice.getGrade()).isEqualTo("F");

            var commit = db.recorder().record(() -> em.getTransaction().commit());

            // The commit's flush finds Alice changed and writes the change that was "rolled back".
            assertThat(commit.count(StatementKind.UPDATE)).as(commit.describe()).isEqualTo(1);
        }
        assertThat(grade(1)).isEqualTo("F");
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aChangeFlushedAfterTheSavepointIsUndoneInTheDatabaseButNotInMemory(JpaProvider provider) throws SQLException {
        var factory = ChapterDatabase.students(db).jpa(provider);
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var alice = em.find(Student.class, 1L);
            em.flush(); // EclipseLink begins the database transaction on the first write; make it begin now
            var connection = TransactionConnection.of(em);
            var savepoint = connection.setSavepoint("before_the_grade");
            alice.setGrade("F");
            em.flush(); // update students set grade = 'F'
            connection.rollback(savepoint); // the row says A again; the entity and its snapshot say F

            var commit = db.recorder().record(() -> em.getTransaction().commit());

            // Nothing to write: the provider believes the row already holds F.
            assertThat(commit.count()).as(commit.describe()).isZero();
            assertThat(alice.getGrade()).isEqualTo("F");
        }
        assertThat(grade(1)).isEqualTo("A");
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theRejectedEntityStaysManagedAndEveryFlushSendsItsInsertAgainUntilCleared(JpaProvider provider) {
        var factory = ChapterDatabase.students(db).jpa(provider);
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var invalid = new Student("Invalid Student", -1, "C");
            em.persist(invalid);
            assertThatThrownBy(em::flush).isInstanceOf(PersistenceException.class);

            // Still managed, with the id the sequence gave it, though no row has it.
            assertThat(em.contains(invalid)).isTrue();
            assertThat(invalid.getId()).isNotNull();

            var again =
                    db.recorder().record(() -> assertThatThrownBy(em::flush).isInstanceOf(PersistenceException.class));
            // The same INSERT again, rejected again (EclipseLink then pings the connection with SELECT 1).
            assertThat(again.count(StatementKind.INSERT)).isEqualTo(1);
            assertThat(again.statements().get(0).outline()).isEqualTo("insert failed");

            em.clear(); // drops it, with everything else the context held
            assertThat(em.contains(invalid)).isFalse();
            assertThat(db.recorder().record(em::flush).count()).isZero();
            em.getTransaction().rollback();
        }
        assertThat(ChapterDatabase.names(db)).containsExactly("Alice", "Bob", "Carol", "Dave", "Eve");
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void detachDropsTheRejectedInsertInEclipseLinkNotInHibernateAndNeitherRescuesTheTransaction(JpaProvider provider) {
        var factory = ChapterDatabase.students(db).jpa(provider);
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var invalid = new Student("Invalid Student", -1, "C");
            em.persist(invalid);
            assertThatThrownBy(em::flush).isInstanceOf(PersistenceException.class);

            em.detach(invalid);

            assertThat(em.contains(invalid))
                    .as("detached, as far as contains() tells")
                    .isFalse();
            var again = db.recorder().record(() -> {
                try {
                    em.flush();
                    return "flushed";
                } catch (PersistenceException e) {
                    return "refused";
                }
            });
            if (provider == JpaProvider.HIBERNATE) {
                // Hibernate: the INSERT was still queued, and fails again.
                assertThat(again.result()).isEqualTo("refused");
                assertThat(again.outline()).as(again.describe()).containsExactly("insert failed");
            } else {
                // EclipseLink: detach() took it out of the unit of work; nothing sent.
                assertThat(again.result()).isEqualTo("flushed");
                assertThat(again.count()).as(again.describe()).isZero();
            }
            // Neither detach() nor clear() makes the transaction usable again: the failed flush marked it.
            assertThat(em.getTransaction().getRollbackOnly()).isTrue();
            em.getTransaction().rollback();
        }
        assertThat(ChapterDatabase.names(db)).containsExactly("Alice", "Bob", "Carol", "Dave", "Eve");
    }

    /**
     * JPA 3.2's portable way to the transaction's connection. Hibernate hands the function its connection; EclipseLink
     * 5.0.0 calls it with {@code null} (it asks the EntityManager's own session for the connection, not the unit of
     * work that holds the transaction's), which is why {@link TransactionConnection} takes each provider's own way.
     */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void callWithConnectionGivesHibernatesConnectionAndEclipseLinkGivesNull(JpaProvider provider) {
        var factory = ChapterDatabase.students(db).jpa(provider);
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(new Student("Kevin", 23, "B"));
            em.flush(); // the database transaction has begun, on one connection

            String given = em.callWithConnection(connection -> connection == null ? "null" : "a connection");

            assertThat(given)
                    .isEqualTo(
                            switch (provider) {
                                case HIBERNATE -> "a connection";
                                case ECLIPSELINK -> "null";
                            });
            em.getTransaction().rollback();
        }
    }

    private String grade(long id) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select grade from students where id = ?")
                        .bind(0, id)
                        .mapTo(String.class)
                        .one());
    }
}
