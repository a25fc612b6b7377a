package dev.ajp.querying;

/** A student as the filter returns it: the three columns it selects, not the entity. */
public record StudentRow(String name, int age, String grade) {}
