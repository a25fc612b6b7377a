package dev.ajp.bulkinsert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;

/**
 * Student ids for the approaches that write their own SQL, taken from {@code students_seq} the way both JPA
 * providers take them: one sequence call returns {@code v}, and the ids {@code v - 49 ... v} are ours (the schema's
 * increment is 50, {@link BulkInsert#BATCH_SIZE}). So every approach pays the same for its ids, one sequence call per
 * 50 rows, and a benchmark compares only how the INSERTs travel.
 */
final class PooledIds implements AutoCloseable {

    private final PreparedStatement nextBlock;
    private long next = 1;
    private long last = 0;

    PooledIds(Connection connection) throws SQLException {
        var postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        this.nextBlock = connection.prepareStatement(
                postgres ? "select nextval('students_seq')" : "select next value for students_seq");
    }

    /** The next id; every {@value BulkInsert#BATCH_SIZE}th call asks the sequence for a new block. */
    long next() throws SQLException {
        // tag::next-id[]
        if (next > last) {
            try (var result = nextBlock.executeQuery()) {
                result.next();
                last = result.getLong(1);
                next = last - BulkInsert.BATCH_SIZE + 1;
            }
        }
        return next++;
        // end::next-id[]
    }

    /**
     * The same ids as an endless iterator, for an API that takes its values from one (Jdbi's {@code @SqlBatch}): each
     * {@code next()} is a {@link #next()}, and {@code hasNext()} asks the sequence nothing.
     */
    Iterator<Long> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Long next() {
                try {
                    return PooledIds.this.next();
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not take the next id from students_seq", e);
                }
            }
        };
    }

    @Override
    public void close() throws SQLException {
        nextBlock.close();
    }
}
