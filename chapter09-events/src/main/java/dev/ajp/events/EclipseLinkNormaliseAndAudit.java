package dev.ajp.events;

import dev.ajp.model.Student;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;

/**
 * EclipseLink's own events for the shared {@link Student}, added to its descriptor by
 * {@link EclipseLinkListenerCustomizer}. Like Hibernate's, and unlike the JPA callbacks, they run at flush (EclipseLink
 * says commit), around each INSERT.
 *
 * <p>{@code preInsert} normalises the name with {@code event.updateAttributeWithObject}, EclipseLink's documented way
 * to change an attribute from an event. Here a plain setter would do as well: EclipseLink builds the INSERT's row from
 * the object after {@code preInsert} ({@code EclipseLinkListenerChangesTest} shows both, and where they differ).
 *
 * <p>{@code postInsert} writes the audit row with a query on the event's session: the commit's own connection and
 * transaction, so a rollback takes it back too.
 */
public final class EclipseLinkNormaliseAndAudit extends DescriptorEventAdapter {

    // tag::pre-insert[]
    @Override
    public void preInsert(DescriptorEvent event) {
        var student = (Student) event.getSource();
        var name = StudentNames.normalise(student.getName()); // a blank name throws: the commit fails
        event.updateAttributeWithObject("name", name); // the INSERT's row is built from the object next
        Timeline.hook("About to insert " + name + " (DescriptorEventAdapter.preInsert)");
    }
    // end::pre-insert[]

    // tag::post-insert[]
    @Override
    public void postInsert(DescriptorEvent event) {
        var id = ((Student) event.getSource()).getId();
        Timeline.hook("Inserted student " + id + ", writing its audit row (DescriptorEventAdapter.postInsert)");
        var audit = new DataModifyQuery(
                new SQLCall("insert into student_audit (student_id, action, audited_at) values (#ID, 'INSERT', #AT)"));
        audit.addArgument("ID");
        audit.addArgument("AT");
        event.getSession()
                .executeQuery(audit, List.of(id, OffsetDateTime.now(ZoneOffset.UTC))); // in the commit's transaction
    }
    // end::post-insert[]
}
