package dev.ajp.kit;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The database's own words from an exception chain, however deep a framework wrapped them: the first line of the
 * innermost {@link SQLException}. For a failed JDBC batch that is the exception chained behind it with {@link
 * SQLException#getNextException()} (PostgreSQL's driver puts the row's error there, and the batch's own message
 * only says that the batch failed). H2's trailing {@code "; SQL statement:"} is cut off, since the statement follows
 * on the next lines.
 */
public final class DatabaseMessage {

    private DatabaseMessage() {}

    /**
     * The database's words, or else the first line of the innermost exception's message (the framework's or the
     * code's own words when no SQL was refused; its class name when it has no message).
     */
    public static String of(Throwable failure) {
        return fromDatabase(failure).orElseGet(() -> firstLine(innermost(failure)));
    }

    /** The database's words, if an SQLException is in the chain. */
    public static Optional<String> fromDatabase(Throwable failure) {
        SQLException innermost = null;
        for (var t : chain(failure)) {
            if (t instanceof SQLException sql) {
                innermost = sql;
                while (innermost.getNextException() != null) {
                    innermost = innermost.getNextException();
                }
            }
        }
        return Optional.ofNullable(innermost).map(DatabaseMessage::firstLine);
    }

    private static Throwable innermost(Throwable failure) {
        var chain = chain(failure);
        return chain.get(chain.size() - 1);
    }

    /** The exception and its causes, outermost first, each once (a cause chain can loop back). */
    private static List<Throwable> chain(Throwable failure) {
        var seen = Collections.newSetFromMap(new IdentityHashMap<Throwable, Boolean>());
        var chain = new ArrayList<Throwable>();
        for (var t = failure; t != null && seen.add(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The first line of the message, or the exception's class when it has none. */
    private static String firstLine(Throwable t) {
        var message = t.getMessage();
        if (message == null || message.isBlank()) {
            return t.getClass().getName();
        }
        return message.lines()
                .findFirst()
                .orElse("")
                .replaceFirst("; SQL statement:$", "")
                .strip();
    }
}
