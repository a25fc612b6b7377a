package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.FlushModeType;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hibernate's pre-insert listener runs after the state array the INSERT is written from was built: what it changes in
 * the entity alone is too late for the INSERT. On H2 and PostgreSQL alike.
 */
class HibernateListenerTrapsTest {

    private Database db;

    @BeforeEach
    void openAnEmptyDatabase() {
        db = ChapterDatabase.setup().open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private EntityManagerFactory hibernateWith(Class<?> listener) {
        return db.frameworks(Student.class, Course.class).hibernate(HibernateListenerIntegrator.settings(listener));
    }

    @Test
    void changingOnlyTheEntityInsertsTheOldNameAndTheNextFlushSendsAnUpdate() {
        var factory = hibernateWith(HibernateEntityOnlyNormaliser.class);
        try (var em = factory.createEntityManager()) {
            var kevin = new Student("  kevin ", 23, "B");

            var recording = db.recorder().record(() -> {
                em.getTransaction().begin();
                em.persist(kevin);
                em.flush(); // the INSERT, with the old name
                var inserted = nameInThisTransaction(em, kevin.getId());
                em.getTransaction().commit(); // flushes again: the entity is dirty now
                return inserted;
            });

            assertThat(recording.result()).isEqualTo("  kevin ");
            assertThat(recording.outline())
                    .containsExactly(
                            "setAutoCommit(false)",
                            "sequence",
                            "insert",
                            "select",
                            "update",
                            "commit",
                            "setAutoCommit(true)");
            assertThat(kevin.getName()).isEqualTo("Kevin");
            assertThat(AfterTheTrigger.nameInTheDatabase(db, kevin.getId())).isEqualTo("Kevin");
        }
    }

    @Test
    void changingOnlyTheEntityWithOnlyTheCommitsFlushLeavesTheOldNameInTheDatabase() {
        var factory = hibernateWith(HibernateEntityOnlyNormaliser.class);
        try (var em = factory.createEntityManager()) {
            var kevin = new Student("  kevin ", 23, "B");

            var insert = db.recorder().record(() -> {
                em.getTransaction().begin();
                em.persist(kevin);
                em.getTransaction().commit(); // one flush: the INSERT, and no second flush to notice the change
            });

            assertThat(insert.outline())
                    .containsExactly("setAutoCommit(false)", "sequence", "insert", "commit", "setAutoCommit(true)");
            assertThat(kevin.getName()).isEqualTo("Kevin");
            assertThat(AfterTheTrigger.nameInTheDatabase(db, kevin.getId())).isEqualTo("  kevin ");

            // The UPDATE comes with whatever this EntityManager flushes next, if anything.
            var later = db.recorder().record(() -> {
                em.getTransaction().begin();
                em.getTransaction().commit();
            });
            assertThat(later.outline())
                    .containsExactly("setAutoCommit(false)", "update", "commit", "setAutoCommit(true)");
            assertThat(AfterTheTrigger.nameInTheDatabase(db, kevin.getId())).isEqualTo("Kevin");
        }
    }

    @Test
    void changingTheStateArrayTooInsertsTheNewNameAndNeedsNoUpdate() {
        var factory = hibernateWith(HibernateNormaliseAndAudit.class);
        try (var em = factory.createEntityManager()) {
            var kevin = new Student("  kevin ", 23, "B");

            var recording = db.recorder().record(() -> {
                em.getTransaction().begin();
                em.persist(kevin);
                em.flush();
                var inserted = nameInThisTransaction(em, kevin.getId());
                em.getTransaction().commit();
                return inserted;
            });

            assertThat(recording.result()).isEqualTo("Kevin");
            // the listener's audit row, then the student's INSERT (batched by Hibernate, sent last): no UPDATE
            assertThat(recording.outline())
                    .containsExactly(
                            "setAutoCommit(false)",
                            "sequence",
                            "insert",
                            "insert",
                            "select",
                            "commit",
                            "setAutoCommit(true)");
            assertThat(kevin.getName()).isEqualTo("Kevin");
        }
    }

    /** Vetoes every insert, as {@code return true} from {@code onPreInsert} does. */
    public static final class Veto implements PreInsertEventListener {
        @Override
        public boolean onPreInsert(PreInsertEvent event) {
            return true;
        }
    }

    @Test
    void returningTrueFromOnPreInsertSkipsTheInsertWithoutAnyError() {
        var factory = hibernateWith(Veto.class);
        try (var em = factory.createEntityManager()) {
            var kevin = new Student("Kevin", 23, "B");

            var recording = db.recorder().record(() -> {
                em.getTransaction().begin();
                em.persist(kevin);
                em.getTransaction().commit(); // succeeds
            });

            assertThat(recording.outline())
                    .containsExactly("setAutoCommit(false)", "sequence", "commit", "setAutoCommit(true)");
            assertThat(em.contains(kevin)).isTrue();
            assertThat(Rows.students(db)).isEmpty();
            assertThatThrownBy(() -> em.refresh(kevin))
                    .isInstanceOf(EntityNotFoundException.class)
                    .hasMessageContaining("No row with the given identifier exists");
        }
    }

    /**
     * The name as the current transaction sees it, with a native query on the EntityManager's own connection, told not
     * to flush first (Hibernate would otherwise flush the dirty entity before the query).
     */
    private static String nameInThisTransaction(EntityManager em, long id) {
        return (String) em.createNativeQuery("select name from students where id = ?1")
                .setParameter(1, id)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    }
}
