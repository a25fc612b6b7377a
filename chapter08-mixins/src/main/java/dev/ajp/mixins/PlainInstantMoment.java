package dev.ajp.mixins;

import dev.ajp.model.InstantAsOffsetDateTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An {@code Instant} in a {@code TIMESTAMP WITH TIME ZONE}, mapped without {@link InstantAsOffsetDateTime}: what
 * EclipseLink 5.0.0 cannot read on H2 ({@code EclipseLink-3002}). Hibernate reads it on both databases, EclipseLink on
 * PostgreSQL.
 */
@Entity
@Table(name = "moments")
public class PlainInstantMoment {

    @Id
    private Long id;

    @Column(name = "instant_tz")
    private Instant instant;

    protected PlainInstantMoment() {}

    public Long getId() {
        return id;
    }

    public Instant getInstant() {
        return instant;
    }
}
