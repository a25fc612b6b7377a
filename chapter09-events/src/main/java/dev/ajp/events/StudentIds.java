package dev.ajp.events;

import dev.ajp.kit.DatabaseSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Ids for the Jdbi approaches from the shared {@code students_seq}, the way the JPA providers take them: one call
 * hands out a block of {@value InsertStudents#BATCH_SIZE} (the sequence's increment), read as its top value. So every
 * approach pays the same one sequence call per 50 students, and the ids never collide with the providers'.
 */
final class StudentIds implements AutoCloseable {

    private final PreparedStatement nextBlock;
    private long next = 1;
    private long last;

    StudentIds(Connection connection, DatabaseSettings.Kind database) throws SQLException {
        this.nextBlock = connection.prepareStatement(
                switch (database) {
                    case H2 -> "select next value for students_seq";
                    case POSTGRES -> "select nextval('students_seq')";
                });
    }

    long next() throws SQLException {
        if (next > last) {
            try (var result = nextBlock.executeQuery()) {
                result.next();
                last = result.getLong(1);
                next = last - InsertStudents.BATCH_SIZE + 1;
            }
        }
        return next++;
    }

    @Override
    public void close() throws SQLException {
        nextBlock.close();
    }
}
