package dev.ajp.mixins;

import java.time.Instant;

/**
 * A row and its two timestamps, as an approach reports them: for an ORM, what the entity holds in memory; for Jdbi,
 * what the statement wrote or returned.
 *
 * @param name the student's or the course's name
 */
public record Stamp(long id, String name, Instant createdAt, Instant updatedAt) {

    /** What a timestamped entity holds right now. */
    public static Stamp of(Timestamped entity) {
        return new Stamp(entity.getId(), entity.getName(), entity.getCreatedAt(), entity.getUpdatedAt());
    }
}
