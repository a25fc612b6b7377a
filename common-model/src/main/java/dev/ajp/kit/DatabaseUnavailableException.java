package dev.ajp.kit;

import java.sql.SQLException;

/** The selected database server cannot be reached: one message that names it and says how to start one. */
public final class DatabaseUnavailableException extends RuntimeException {

    DatabaseUnavailableException(DatabaseSettings settings, SQLException cause) {
        super("Cannot reach " + settings.describe() + ": " + firstLine(cause.getMessage()) + "\n"
                + "Start the local PostgreSQL server with 'bash scripts/postgres start' (README.md, section"
                + " \"Running on PostgreSQL\"), point -Ddb.url / DB_URL at your own server, or run without"
                + " -Ppostgres / -Ddb=postgres on the embedded H2 database.");
        // The driver's own stack trace would say nothing more than its message, which is quoted above.
        setStackTrace(new StackTraceElement[0]);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        var newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
