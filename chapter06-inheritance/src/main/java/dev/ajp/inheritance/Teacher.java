package dev.ajp.inheritance;

/** A teacher and the subject they teach. */
public record Teacher(Long id, String name, String subject) implements Person {

    /** A teacher not yet stored. */
    public Teacher(String name, String subject) {
        this(null, name, subject);
    }

    @Override
    public Teacher withId(long id) {
        return new Teacher(id, name, subject);
    }
}
