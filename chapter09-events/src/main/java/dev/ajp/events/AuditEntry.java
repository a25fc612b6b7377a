package dev.ajp.events;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * One row of {@code student_audit} as part of a {@link CallbackStudent}: what happened and when. The student's id is
 * the collection's join column, which the provider fills in when it writes the row.
 */
@Embeddable
public class AuditEntry {

    @Column(nullable = false, length = 10)
    private String action;

    @Column(name = "audited_at", nullable = false)
    private LocalDateTime auditedAt;

    protected AuditEntry() {}

    public AuditEntry(String action, LocalDateTime auditedAt) {
        this.action = action;
        this.auditedAt = auditedAt;
    }

    public String getAction() {
        return action;
    }

    public LocalDateTime getAuditedAt() {
        return auditedAt;
    }
}
