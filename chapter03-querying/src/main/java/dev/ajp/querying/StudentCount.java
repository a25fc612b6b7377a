package dev.ajp.querying;

/** A student and how many courses they take. */
public record StudentCount(String studentName, long courses) {}
