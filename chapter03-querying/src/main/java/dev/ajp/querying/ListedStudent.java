package dev.ajp.querying;

/**
 * A student as a paged list shows it: the three columns of {@link StudentRow} and the id, which keyset pagination
 * needs to ask for the rows after this one.
 */
public record ListedStudent(long id, String name, int age, String grade) {}
