package dev.ajp.mixins;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.CurrentTimestamp;
import org.hibernate.generator.EventType;

/**
 * The mixin with the database's clock, written by Hibernate: {@code @CurrentTimestamp} (source DB, its default) puts
 * the database's current-time function into the INSERT and the UPDATE it sends, and reads the values back. The same as
 * {@code @CreationTimestamp(source = SourceType.DB)} and {@code @UpdateTimestamp(source = SourceType.DB)}. Hibernate
 * only.
 */
@MappedSuperclass
public abstract class CurrentTimestampMixin {

    // tag::columns[]
    @CurrentTimestamp(event = EventType.INSERT) // source = DB: the database's clock, in the INSERT
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @CurrentTimestamp(event = {EventType.INSERT, EventType.UPDATE}) // and in every UPDATE
    @Column(name = "updated_at", nullable = false)
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
