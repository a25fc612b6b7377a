package dev.ajp.mixins;

import java.time.Instant;

/**
 * What every timestamped entity of the chapter answers, whichever mixin gives it its timestamps: the JPA code of
 * {@link JpaTimestamps} runs on all of them through this.
 */
public interface Timestamped {

    Long getId();

    /** The student's or the course's name. */
    String getName();

    Instant getCreatedAt();

    Instant getUpdatedAt();

    /** What a caller must not do; each mixin shows what its mapping does with it (the tests assert which). */
    void setCreatedAt(Instant createdAt);
}
