package dev.ajp.inheritance;

/**
 * A student and their grade: the tutorial's Student as every approach answers with it. Named apart from the shared
 * entity {@code dev.ajp.model.Student}, which this chapter does not use, so that neither is imported for the other.
 */
public record GradedStudent(Long id, String name, String grade) implements Person {

    /** A student not yet stored. */
    public GradedStudent(String name, String grade) {
        this(null, name, grade);
    }

    @Override
    public GradedStudent withId(long id) {
        return new GradedStudent(id, name, grade);
    }
}
