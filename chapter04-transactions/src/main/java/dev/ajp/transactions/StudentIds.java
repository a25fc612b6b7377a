package dev.ajp.transactions;

import dev.ajp.kit.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ids from {@code students_seq} for the code that writes its INSERTs itself (JDBC, Jdbi, the JDBC inside a JPA
 * transaction). The sequence's increment is 50, and like both JPA providers this reads it as "the 50 ids up to the
 * value": one sequence call per 50 ids, and never an id that a provider could also hand out.
 */
final class StudentIds {

    /** The increment of {@code students_seq} in the shared schema. */
    static final int BLOCK = 50;

    private final String nextValue;
    private long next = 1;
    private long last = 0;

    StudentIds(DatabaseSettings.Kind database) {
        this.nextValue = switch (database) {
            case H2 -> "select next value for students_seq";
            case POSTGRES -> "select nextval('students_seq')";
        };
    }

    /** The next id, calling the sequence on {@code connection} when the block is used up. */
    long next(Connection connection) throws SQLException {
        if (next > last) {
            try (var statement = connection.createStatement();
                    var value = statement.executeQuery(nextValue)) {
                value.next();
                last = value.getLong(1);
                next = last - BLOCK + 1;
            }
        }
        return next++;
    }
}
