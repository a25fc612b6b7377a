package dev.ajp.inheritance;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;

/**
 * Ids for Jdbi, taken from a hierarchy's sequence the way both JPA providers take them: one call returns {@code v},
 * and the ids {@code v - 49 ... v} are ours (the schema's increment is 50). So ids handed out by Jdbi, Hibernate and
 * EclipseLink never collide, and Jdbi pays what they pay: one sequence call per 50 persons.
 */
final class PooledIds {

    static final int BLOCK = 50;

    private final Handle handle;
    private final String query;
    private long next = 1;
    private long last = 0;

    PooledIds(Handle handle, String sequence) {
        this.handle = handle;
        try {
            var postgres = handle.getConnection()
                    .getMetaData()
                    .getDatabaseProductName()
                    .equals("PostgreSQL");
            this.query = postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell which database this is: " + e.getMessage(), e);
        }
    }

    long next() {
        if (next > last) {
            last = handle.createQuery(query).mapTo(Long.class).one();
            next = last - BLOCK + 1;
        }
        return next++;
    }
}
