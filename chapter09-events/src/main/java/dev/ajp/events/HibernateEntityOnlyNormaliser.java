package dev.ajp.events;

import dev.ajp.model.Student;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;

/**
 * The trap: a pre-insert listener that changes only the entity. Hibernate built the state array the INSERT is written
 * from before the event, so the INSERT writes the old name, while the entity holds the new one and Hibernate's
 * snapshot the old: the next flush, if there is one, sees a dirty entity and sends an UPDATE. The fix is
 * {@link HibernateNormaliseAndAudit}: change the state array too.
 */
public final class HibernateEntityOnlyNormaliser implements PreInsertEventListener {

    // tag::entity-only[]
    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        if (event.getEntity() instanceof Student student) {
            student.setName(StudentNames.normalise(student.getName())); // too late for the INSERT
        }
        return false;
    }
    // end::entity-only[]
}
