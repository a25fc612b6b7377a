package dev.ajp.rawsql;

/**
 * One row of {@code students} as the tutorial's {@code SELECT *} returns it: every column, named and typed. Every
 * approach of the chapter returns these, whatever its framework hands back (an entity, an {@code Object[]}, a tuple,
 * a map), so that their results can be compared.
 */
public record StudentRow(long id, String name, int age, String grade) {}
