package dev.ajp.bulkinsert;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PostgreSQL's JDBC driver puts on the wire, below everything the recorder sees: the driver's own log of the
 * protocol messages it sends ({@code FE=> Parse}, {@code Bind}, {@code Execute}, {@code Sync}...), which it writes to
 * java.util.logging at level FINEST. Captured for the current thread only, while some work runs.
 *
 * <p>It is how the chapter shows the driver's rewrite: the recorder sits on the DataSource and sees the same
 * {@code executeBatch} of 50 rows with or without {@code reWriteBatchedInserts}; the driver's log shows that without
 * it each row is its own INSERT execution, and with it the 50 rows are bound to three multi-row INSERTs.
 */
final class PostgresWire {

    /** Every logger of the driver is below this one. */
    private static final Logger DRIVER = Logger.getLogger("org.postgresql");

    /** A {@code Parse} message: the text of a statement the driver prepares on the server. */
    private static final Pattern PARSE =
            Pattern.compile("^FE=> Parse\\(stmt=[^,]*,query=\"(.*)\",oids=\\{.*}\\)$", Pattern.DOTALL);

    /** A bound parameter in a {@code Bind} message: {@code $1=<('1'::int8)>,type=INT8}. */
    private static final Pattern PARAMETER = Pattern.compile("\\$\\d+=<");

    private PostgresWire() {}

    /**
     * What the driver sent during some work.
     *
     * @param result what the work returned
     * @param messages the driver's log lines of the messages it sent ({@code FE=> ...}), in order
     */
    record Capture<T>(T result, List<String> messages) {

        /**
         * The rows in each INSERT the server was asked to execute, in order: every {@code Bind} of a statement with
         * parameters is one execution, and binds {@code valuesPerRow} parameters per row
         * ({@link Approach#valuesPerRow()}). The sequence calls and {@code COMMIT} bind none.
         */
        List<Integer> rowsPerInsert(int valuesPerRow) {
            return messages.stream()
                    .filter(m -> m.startsWith("FE=> Bind("))
                    .mapToInt(m -> (int) PARAMETER.matcher(m).results().count())
                    .filter(parameters -> parameters > 0)
                    .mapToObj(parameters -> parameters / valuesPerRow)
                    .toList();
        }

        /**
         * The text of each INSERT the driver prepared on the server ({@code Parse}), in order: with the rewrite, the
         * multi-row INSERTs it built. A statement the connection had prepared before is not parsed again.
         */
        List<String> parsedInserts() {
            return messages.stream()
                    .map(PARSE::matcher)
                    .filter(Matcher::matches)
                    .map(parse -> parse.group(1))
                    .filter(sql -> sql.regionMatches(true, 0, "insert", 0, "insert".length()))
                    .toList();
        }

        /** The times the driver sent a {@code Sync} and waited for the server's answers: its round trips. */
        long roundTrips() {
            return messages.stream().filter(m -> m.equals("FE=> Sync")).count();
        }
    }

    /** Runs {@code work} and returns its result with the messages the driver sent meanwhile on this thread. */
    static synchronized <T> Capture<T> capture(Supplier<T> work) {
        var thread = Thread.currentThread();
        var messages = Collections.synchronizedList(new ArrayList<String>());
        var handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (Thread.currentThread() == thread && record.getMessage().contains("FE=>")) {
                    var text = record.getParameters() == null
                            ? record.getMessage()
                            : MessageFormat.format(record.getMessage(), record.getParameters());
                    messages.add(text.strip());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        var level = DRIVER.getLevel();
        DRIVER.setLevel(Level.FINEST);
        DRIVER.addHandler(handler);
        try {
            var result = work.get();
            return new Capture<>(result, List.copyOf(messages));
        } finally {
            DRIVER.removeHandler(handler);
            DRIVER.setLevel(level);
        }
    }
}
