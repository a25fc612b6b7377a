package dev.ajp.compositekeys.identitykey;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An enrollment keyed by {@link IdentityKey}. */
@Entity
@Table(name = "enrollments")
public class IdentityKeyEnrollment {

    @EmbeddedId
    private IdentityKey id;

    @Column(name = "enrollment_date", nullable = false)
    private LocalDate enrollmentDate;

    protected IdentityKeyEnrollment() {}

    public IdentityKey getId() {
        return id;
    }

    public LocalDate getEnrollmentDate() {
        return enrollmentDate;
    }
}
