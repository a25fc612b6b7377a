package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.HashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * EclipseLink's descriptor events run inside the transaction, its session events around it: only
 * {@code postCommitTransaction} knows the insert is there to stay. On H2 and PostgreSQL.
 */
class EclipseLinkSessionEventsTest {

    private Database db;
    private jakarta.persistence.EntityManagerFactory factory;

    @BeforeEach
    void open() {
        db = ChapterDatabase.setup().open();
        var settings = new HashMap<String, Object>(EclipseLinkListenerCustomizer.SETTINGS);
        settings.putAll(EclipseLinkTransactionEvents.SETTINGS);
        factory = db.frameworks(Student.class, Course.class).eclipseLink(settings);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aCommittedInsertEndsWithPostCommitTransaction() {
        var recorded = Timeline.record(db.recorder(), () -> {
            try (var em = factory.createEntityManager()) {
                em.getTransaction().begin();
                em.persist(new Student("  kevin ", 23, "B"));
                em.getTransaction().commit();
            }
            return null;
        });

        assertThat(Rows.withTables(recorded))
                .containsExactly(
                        "sequence",
                        "About to insert Kevin (DescriptorEventAdapter.preInsert)",
                        "setAutoCommit(false)",
                        // without batch writing, each INSERT is sent at once, before postInsert
                        "insert students",
                        "Inserted student 1, writing its audit row (DescriptorEventAdapter.postInsert)",
                        "insert student_audit",
                        "commit",
                        "setAutoCommit(true)",
                        "postCommitTransaction: committed, now tell the world");
        assertThat(Rows.auditWithoutTime(db)).containsExactly(new Rows.Audit(1, "INSERT"));
    }

    @Test
    void aRolledBackInsertHadItsPostInsertButEndsWithPostRollbackTransaction() {
        var recorded = Timeline.record(db.recorder(), () -> {
            try (var em = factory.createEntityManager()) {
                em.getTransaction().begin();
                em.persist(new Student("  kevin ", 23, "B"));
                em.flush(); // the descriptor events run, the audit row is written
                em.getTransaction().rollback();
            }
            return null;
        });

        assertThat(Rows.withTables(recorded))
                .containsExactly(
                        "sequence",
                        "About to insert Kevin (DescriptorEventAdapter.preInsert)",
                        "setAutoCommit(false)",
                        // without batch writing, each INSERT is sent at once, before postInsert
                        "insert students",
                        "Inserted student 1, writing its audit row (DescriptorEventAdapter.postInsert)",
                        "insert student_audit",
                        "rollback",
                        "setAutoCommit(true)",
                        "postRollbackTransaction: rolled back, nothing to tell");
        assertThat(Rows.students(db)).isEmpty();
        assertThat(Rows.audit(db)).isEmpty();
    }
}
