package dev.ajp.kit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import org.jdbi.v3.core.Handle;

/**
 * Ids from a database sequence, taken the way Hibernate's pooled optimizer and EclipseLink take them, for code that
 * writes its own INSERTs (JDBC, Jdbi). The schema's sequences increment by {@value #BLOCK}: one call returns {@code v},
 * and the ids {@code v - 49 ... v} are ours. So ids handed out here and by both JPA providers never collide, and every
 * approach pays the same for its ids: one sequence call per {@value #BLOCK} rows.
 *
 * <p>Two forms. Bound to one connection ({@link #SequenceBlockIds(Connection, String)}, or {@link #on(Handle,
 * String)} for Jdbi), {@link #next()} calls the sequence through one prepared statement that {@link #close()} closes.
 * Unbound ({@link #SequenceBlockIds(String)}), {@link #next(Connection)} calls it on the connection given, with a
 * statement of its own each time, for code whose connection is only known at each call (the JDBC inside a JPA
 * transaction, a nested Jdbi handle). The SQL is the connection's database's: {@code select next value for s} on
 * H2, {@code select nextval('s')} on PostgreSQL.
 */
public final class SequenceBlockIds implements AutoCloseable {

    /** The increment of the schema's sequences: ids per sequence call. */
    public static final int BLOCK = 50;

    private final String sequence;
    private final Connection connection;
    private PreparedStatement nextBlock;
    private long next = 1;
    private long last = 0;

    /** Ids from {@code sequence}, the connection given at each {@link #next(Connection)}. */
    public SequenceBlockIds(String sequence) {
        this(null, sequence);
    }

    /** Ids from {@code sequence} on {@code connection}; close it to close its statement. */
    public SequenceBlockIds(Connection connection, String sequence) {
        if (!sequence.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a sequence name: \"" + sequence + "\"");
        }
        this.connection = connection;
        this.sequence = sequence;
    }

    /** Ids from {@code sequence} on the handle's connection; the handle closes the statement when it closes. */
    public static SequenceBlockIds on(Handle handle, String sequence) {
        var ids = new SequenceBlockIds(handle.getConnection(), sequence);
        handle.addCleanable(ids::close);
        return ids;
    }

    /**
     * The next id, on the connection this was made for; every {@value #BLOCK}th call asks the sequence for a new
     * block. A failed sequence call comes as an {@link IllegalStateException} whose cause is the SQLException.
     */
    public long next() {
        if (connection == null) {
            throw new IllegalStateException(
                    "Ids from " + sequence + " were made without a connection: use next(Connection)");
        }
        try {
            // tag::next-id[]
            if (next > last) {
                if (nextBlock == null) {
                    nextBlock = connection.prepareStatement(nextValueSql(connection));
                }
                try (var result = nextBlock.executeQuery()) {
                    result.next();
                    last = result.getLong(1); // the top of our block
                    next = last - BLOCK + 1;
                }
            }
            return next++;
            // end::next-id[]
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the next id from " + sequence + ": " + e.getMessage(), e);
        }
    }

    /** The next id, calling the sequence on {@code connection} when the block is used up. */
    public long next(Connection connection) throws SQLException {
        if (next > last) {
            try (var statement = connection.prepareStatement(nextValueSql(connection));
                    var result = statement.executeQuery()) {
                result.next();
                last = result.getLong(1);
                next = last - BLOCK + 1;
            }
        }
        return next++;
    }

    /**
     * The same ids as an endless iterator, for an API that takes its values from one (Jdbi's {@code @SqlBatch}): each
     * {@code next()} is a {@link #next()}, and {@code hasNext()} asks the sequence nothing.
     */
    public Iterator<Long> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Long next() {
                return SequenceBlockIds.this.next();
            }
        };
    }

    @Override
    public void close() throws SQLException {
        if (nextBlock != null) {
            nextBlock.close();
            nextBlock = null;
        }
    }

    private String nextValueSql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")
                ? "select nextval('" + sequence + "')"
                : "select next value for " + sequence;
    }
}
