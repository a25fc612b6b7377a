package dev.ajp.mixins;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * The mixin in Hibernate's own annotations: {@code @CreationTimestamp} and {@code @UpdateTimestamp} (source VM, the
 * JVM's clock), no callback code. Hibernate only.
 *
 * <p>Each annotation is its own generator and reads the clock itself: on a new row {@code created_at} and {@code
 * updated_at} come from two readings and differ. Hibernate truncates each reading to the column's precision
 * (microseconds here), so the value in memory is the value a reload returns.
 *
 * <p>{@code @CreationTimestamp} does not make the column read-only: {@code updatable = false} does.
 */
@MappedSuperclass
public abstract class CreationTimestampMixin {

    // tag::columns[]
    @CreationTimestamp // the JVM's clock, on INSERT
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @UpdateTimestamp // the JVM's clock again, on INSERT and on every UPDATE
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
