package dev.ajp.mixins;

import dev.ajp.model.InstantAsOffsetDateTime;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The mixin when the database keeps the timestamps ({@code DEFAULT CURRENT_TIMESTAMP}, and an on-update clause or
 * trigger): plain JPA, the columns left out of every INSERT and UPDATE. Portable, and incomplete on its own: the
 * provider never learns the values the database wrote, so after a commit the entity still holds what it held before
 * (null, for a new one) until it is refreshed.
 */
@MappedSuperclass
public abstract class DatabaseClockMixin {

    // tag::columns[]
    @Convert(converter = InstantAsOffsetDateTime.class)
    @Column(name = "created_at", insertable = false, updatable = false) // the database writes it
    private Instant createdAt;

    @Convert(converter = InstantAsOffsetDateTime.class)
    @Column(name = "updated_at", insertable = false, updatable = false)
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
