package dev.ajp.inheritance;

/**
 * A person as every approach of the chapter answers with it, whatever the mapping: plain Java records, so that the
 * answers of Hibernate, EclipseLink and Jdbi compare with {@code equals}. The record's class is the person's class:
 * a JPA approach chooses it from the runtime class of the entity it loaded, Jdbi from the row.
 */
// tag::person[]
public sealed interface Person permits PlainPerson, Teacher, GradedStudent {

    /** The id, or null for a person not yet stored. */
    Long id();

    String name();

    /** The same person with this id: what an approach that assigns ids itself (Jdbi) returns after adding it. */
    Person withId(long id);
}
// end::person[]
