package dev.ajp.mixins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

@Entity
@Table(name = "moments")
public class Moment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "moments_seq")
    @SequenceGenerator(name = "moments_seq", sequenceName = "moments_seq", allocationSize = 50)
    private Long id;

    @Column(name = "at_instant")
    private Instant atInstant;

    @Column(name = "at_offset")
    private OffsetDateTime atOffset;

    @Column(name = "at_local")
    private Instant atLocal;

    protected Moment() {}

    public Moment(Instant at) {
        this.atInstant = at;
        this.atOffset = at.atOffset(java.time.ZoneOffset.UTC);
        this.atLocal = at;
    }

    public OffsetDateTime getAtOffset() {
        return atOffset;
    }

    public Instant getAtLocal() {
        return atLocal;
    }

    public Long getId() {
        return id;
    }

    public Instant getAtInstant() {
        return atInstant;
    }
}
