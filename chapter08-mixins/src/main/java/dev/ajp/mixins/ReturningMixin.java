package dev.ajp.mixins;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReturnInsert;
import org.eclipse.persistence.annotations.ReturnUpdate;

/**
 * The mixin when the database keeps the timestamps, read back by EclipseLink: {@code @ReturnInsert} and {@code
 * @ReturnUpdate} add a {@code RETURNING} clause to the INSERT and the UPDATE. EclipseLink only, and PostgreSQL only:
 * EclipseLink's H2 platform cannot build such a call.
 */
@MappedSuperclass
public abstract class ReturningMixin {

    // tag::columns[]
    @ReturnInsert(returnOnly = true) // left out of the INSERT, read from its RETURNING clause
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @ReturnInsert(returnOnly = true)
    @ReturnUpdate // read from the RETURNING clause of every UPDATE too
    @Column(name = "updated_at")
    private Instant updatedAt;
    // end::columns[]

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
