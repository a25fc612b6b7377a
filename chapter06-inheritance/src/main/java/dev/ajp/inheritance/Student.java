package dev.ajp.inheritance;

/** A student and their grade. */
public record Student(Long id, String name, String grade) implements Person {

    /** A student not yet stored. */
    public Student(String name, String grade) {
        this(null, name, grade);
    }

    @Override
    public Student withId(long id) {
        return new Student(id, name, grade);
    }
}
