package dev.ajp.events;

import dev.ajp.model.InstantAsOffsetDateTime;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One row of {@code student_audit} as part of a {@link CallbackStudent}: what happened and when. The student's id is
 * the collection's join column, which the provider fills in when it writes the row.
 */
@Embeddable
public class AuditEntry {

    @Column(nullable = false, length = 10)
    private String action;

    @Convert(converter = InstantAsOffsetDateTime.class) // EclipseLink cannot read an Instant on H2 without it
    @Column(name = "audited_at", nullable = false)
    private Instant auditedAt;

    protected AuditEntry() {}

    public AuditEntry(String action, Instant auditedAt) {
        this.action = action;
        this.auditedAt = auditedAt;
    }

    public String getAction() {
        return action;
    }

    public Instant getAuditedAt() {
        return auditedAt;
    }
}
