package dev.ajp.rawsql;

import java.util.List;

/**
 * Raw SQL meets what a user typed: the places where injection happens, each written the wrong way (the input
 * concatenated into the SQL) and the right way (the input bound as a parameter), once per framework. Every method
 * returns the names of the matching students in id order.
 *
 * <p>The wrong ways are here to be shown failing, by InjectionTest and the main: with the age {@code 0 OR 1=1} or
 * the name {@code x' OR '1'='1} they return every student. No framework protects SQL that the code itself has built
 * from a string; only binding does.
 */
public interface StudentSearch {

    /** DON'T: the age, as typed, pasted into the SQL text. */
    List<String> olderThanConcatenated(String age);

    /** The age, as typed, bound as a parameter: the database compares the age column with a string. */
    List<String> olderThanBound(String age);

    /** DON'T: the name, as typed, pasted into the SQL text between quotes. */
    List<String> namedConcatenated(String name);

    /** The name, as typed, bound as a parameter. */
    List<String> namedBound(String name);

    /**
     * The students whose name contains {@code text} as typed, {@code %} and {@code _} included: a LIKE pattern built
     * from the input with its wildcards escaped ({@link LikePattern}), and bound.
     */
    List<String> nameContains(String text);

    /** The students with any of these names: an IN list of any length, bound, one parameter per name or an array. */
    List<String> namedAnyOf(List<String> names);

    /**
     * Every student's name, in the order the user chose: a column and a direction as typed, which cannot be bound and
     * are taken through {@link SortOrder}'s allow-list into the SQL text.
     *
     * @throws IllegalArgumentException for a column or direction not on the list, before any SQL is sent
     */
    List<String> namesSortedBy(String column, String direction);
}
