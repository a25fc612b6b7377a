package dev.ajp.mixins;

import dev.ajp.model.InstantAsOffsetDateTime;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The tutorial's {@code TimestampMixin} in JPA: a {@code @MappedSuperclass} holds the two columns, and its lifecycle
 * callbacks set them, so every entity that extends it gets both. Portable: the same class runs on Hibernate and on
 * EclipseLink.
 *
 * <p>One reading of the clock stamps both columns of a new row, so {@code created_at = updated_at} until the first
 * update. The reading is truncated to microseconds, what the databases keep: the value in memory is then the value a
 * reload returns. {@code created_at} is {@code updatable = false}: whatever the entity holds, no UPDATE writes it.
 *
 * <p>Why not an {@code @Embeddable}: JPA defines lifecycle callbacks on entities, mapped superclasses and entity
 * listeners, not on embeddables; EclipseLink ignores them there, Hibernate calls them with a warning (see {@link
 * EmbeddedTimestamps}).
 */
@MappedSuperclass
public abstract class TimestampMixin {

    /**
     * The clock the callbacks read. JPA creates entities and calls their callbacks itself, and outside a CDI container
     * nothing can inject into them: this static field is the only seam, and tests swap it with {@link #useClock}.
     */
    private static volatile Clock clock = Clock.systemUTC();

    // tag::columns[]
    @Convert(converter = InstantAsOffsetDateTime.class) // EclipseLink cannot read an Instant on H2 without it
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = InstantAsOffsetDateTime.class)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @PrePersist
    void stampCreation() {
        var now = now(); // one reading for both columns
        createdAt = now;
        updatedAt = now;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = now();
    }

    private static Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what the column keeps
    }
    // end::columns[]

    /** Makes the callbacks read this clock from now on; the system clock in UTC unless a test says otherwise. */
    public static void useClock(Clock newClock) {
        clock = newClock;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * What a caller must not do, here so that the tests can show what {@code updatable = false} does with it: the
     * UPDATE leaves the column out, and the entity holds the caller's value until it is refreshed.
     */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
