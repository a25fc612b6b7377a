package dev.ajp.inheritance;

/** A person who is neither teacher nor student: the tutorial's {@code polymorphic_identity 'person'}. */
public record PlainPerson(Long id, String name) implements Person {

    /** A person not yet stored. */
    public PlainPerson(String name) {
        this(null, name);
    }

    @Override
    public PlainPerson withId(long id) {
        return new PlainPerson(id, name);
    }
}
