package dev.ajp.mixins;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;

/**
 * Ids for the Jdbi approaches, taken from a sequence the way both JPA providers take them: one call returns {@code v},
 * and the ids {@code v - 49 ... v} are ours (the chapter's sequences increment by {@value TimestampedRows#BATCH_SIZE}).
 * So every approach pays the same for its ids: one sequence call per 50 rows.
 */
final class PooledIds {

    private final Handle handle;
    private final String nextBlock;
    private long next = 1;
    private long last = 0;

    PooledIds(Handle handle, String sequence) {
        this.handle = handle;
        this.nextBlock =
                isPostgres(handle) ? "select nextval('" + sequence + "')" : "select next value for " + sequence;
    }

    /** The next id; every {@value TimestampedRows#BATCH_SIZE}th call asks the sequence for a new block. */
    long next() {
        if (next > last) {
            last = handle.createQuery(nextBlock).mapTo(Long.class).one();
            next = last - TimestampedRows.BATCH_SIZE + 1;
        }
        return next++;
    }

    private static boolean isPostgres(Handle handle) {
        try {
            return handle.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not ask the connection which database it is: " + e.getMessage(), e);
        }
    }
}
