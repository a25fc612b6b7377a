package dev.ajp.mixins;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The mixin as an {@code @Embeddable}: the wrong tool. JPA calls lifecycle callbacks on entities, mapped superclasses
 * and entity listeners only. EclipseLink never calls these, and the INSERT fails on the NOT NULL columns; Hibernate
 * 7.4 calls them, and warns at start that this "relies on an undocumented and unsupported capability" (HHH90000035).
 * An embeddable can hold the columns; the callbacks belong in the entity, a mapped superclass or a listener.
 */
@Embeddable
public class EmbeddedTimestamps {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @PrePersist
    void stampCreation() {
        var now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        createdAt = now;
        updatedAt = now;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
