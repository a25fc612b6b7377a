package dev.ajp.events;

import dev.ajp.model.Student;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;

/**
 * Hibernate's own insert events for the shared {@link Student}, registered by {@link HibernateListenerIntegrator}.
 * Unlike the JPA callbacks they run at flush, around each INSERT, as SQLAlchemy's {@code before_insert} does.
 *
 * <p>{@code onPreInsert} normalises the name. By then Hibernate has copied the entity's values into the state array
 * that the INSERT is built from: the new name must go into that array, and into the entity so that the application
 * sees it. Changing only the entity leaves the old name in the INSERT ({@link HibernateEntityOnlyNormaliser} shows
 * what happens then).
 *
 * <p>{@code onPostInsert} writes the audit row with plain JDBC on the session's own connection: same transaction, so
 * a rollback takes it back too. With JDBC batching, the post-insert event fires when the student's INSERT has been added to the batch, before the batch is
 * sent: the audit row reaches the database first (there is no foreign key to mind).
 */
public final class HibernateNormaliseAndAudit implements PreInsertEventListener, PostInsertEventListener {

    static final String AUDIT = "insert into student_audit (student_id, action, audited_at) values (?, 'INSERT', ?)";

    // tag::pre-insert[]
    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        if (event.getEntity() instanceof Student student) {
            var name = StudentNames.normalise(student.getName()); // a blank name throws: the flush fails
            var state = event.getState(); // what the INSERT will write
            state[Arrays.asList(event.getPersister().getPropertyNames()).indexOf("name")] = name;
            student.setName(name); // what the application sees
            Timeline.hook("About to insert " + name + " (PreInsertEventListener)");
        }
        return false; // true would veto the INSERT: silently, the entity stays managed and no row is written
    }
    // end::pre-insert[]

    // tag::post-insert[]
    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (event.getEntity() instanceof Student) {
            var id = (Long) event.getId();
            Timeline.hook("Inserted student " + id + ", writing its audit row (PostInsertEventListener)");
            event.getSession()
                    .doWork(
                            connection -> { // the flush's own connection and transaction
                                try (var insert = connection.prepareStatement(AUDIT)) {
                                    insert.setLong(1, id);
                                    insert.setObject(2, OffsetDateTime.now(ZoneOffset.UTC)); // an instant
                                    insert.executeUpdate();
                                }
                            });
        }
    }
    // end::post-insert[]
}
