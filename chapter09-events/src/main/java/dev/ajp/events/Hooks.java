package dev.ajp.events;

/** Where an approach normalises the name and writes the audit row. */
public enum Hooks {
    /** Nowhere: a plain insert, the baseline that the hooks' cost is measured against. */
    NONE,
    /** In the JVM: a JPA callback, a Hibernate or EclipseLink listener, Jdbi code in a DAO. */
    IN_THE_APPLICATION,
    /** In the database: a BEFORE and an AFTER trigger on {@code students}. */
    IN_THE_DATABASE
}
