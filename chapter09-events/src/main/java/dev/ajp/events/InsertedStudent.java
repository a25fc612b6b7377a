package dev.ajp.events;

/**
 * A student as the application holds it right after the insert committed: the id, and the name its object (or, for
 * Jdbi, its code) has. Whether that name is the one the database wrote is this chapter's question for triggers.
 */
public record InsertedStudent(long id, String name) {}
