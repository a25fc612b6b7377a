package dev.ajp.mixins;

import dev.ajp.model.InstantAsOffsetDateTime;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One instant in the column types a timestamp can be given, for the lessons on types and precision: an {@code Instant}
 * in a {@code TIMESTAMP WITH TIME ZONE} (as the mixins map it), an {@code Instant} in a {@code TIMESTAMP} without time
 * zone (the column EclipseLink's own DDL makes of it), and an {@code OffsetDateTime}.
 */
@Entity
@Table(name = "moments")
public class Moment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moments_seq")
    @SequenceGenerator(name = "moments_seq", sequenceName = "moments_seq", allocationSize = 50)
    private Long id;

    @Convert(converter = InstantAsOffsetDateTime.class)
    @Column(name = "instant_tz")
    private Instant instant;

    @Column(name = "instant_local")
    private Instant wallClock;

    @Column(name = "offset_tz")
    private OffsetDateTime offsetDateTime;

    protected Moment() {}

    /** The same instant in all three columns. */
    public Moment(Instant instant) {
        this.instant = instant;
        this.wallClock = instant;
        this.offsetDateTime = OffsetDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Instant getInstant() {
        return instant;
    }

    public Instant getWallClock() {
        return wallClock;
    }

    public OffsetDateTime getOffsetDateTime() {
        return offsetDateTime;
    }
}
