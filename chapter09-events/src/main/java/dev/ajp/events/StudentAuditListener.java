package dev.ajp.events;

import jakarta.persistence.PrePersist;
import java.time.Instant;

/**
 * The {@code @EntityListeners} class of {@link CallbackStudent}: a JPA entity listener, instantiated by the provider,
 * called with the entity. It adds one audit entry to the student, which the provider writes to {@code student_audit}
 * after the student's INSERT.
 *
 * <p>It runs at {@code persist()}, before the entity's own {@code @PrePersist} method (the order JPA prescribes), so
 * it sees the name as typed. It does not need the id: the collection's join column takes it at flush.
 */
// tag::listener[]
public class StudentAuditListener {

    @PrePersist
    void audit(CallbackStudent student) {
        student.getAudit().add(new AuditEntry("INSERT", Instant.now()));
        Timeline.hook("audit entry added for '" + student.getName() + "' (@EntityListeners)");
    }
}
// end::listener[]
