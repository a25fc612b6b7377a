package dev.ajp.mixins;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * The mixin when the database keeps the timestamps, read back by Hibernate: {@code @Generated} leaves the columns out
 * of the INSERT (and {@code updated_at} out of the UPDATE) and reads what the database wrote right after it wrote it.
 * Hibernate only.
 */
@MappedSuperclass
public abstract class GeneratedMixin {

    // tag::columns[]
    @Generated // written by the database on INSERT, read back
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE}) // on INSERT and on UPDATE
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
