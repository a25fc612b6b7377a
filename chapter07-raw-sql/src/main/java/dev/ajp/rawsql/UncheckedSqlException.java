package dev.ajp.rawsql;

import java.sql.SQLException;

/**
 * A {@link SQLException} from plain JDBC code, unchecked, as {@link java.io.UncheckedIOException} wraps an
 * IOException: the message is the driver's, the cause the original.
 */
public final class UncheckedSqlException extends RuntimeException {

    public UncheckedSqlException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
