package dev.ajp.mixins;

import java.time.Instant;

/** A whole row of a student, as a Jdbi DAO reads it and as a caller sends it back to be saved. */
public record StudentRow(long id, String name, int age, String grade, Instant createdAt, Instant updatedAt) {

    /** The same row with another {@code created_at}: what a careless caller sends. */
    public StudentRow withCreatedAt(Instant other) {
        return new StudentRow(id, name, age, grade, other, updatedAt);
    }
}
