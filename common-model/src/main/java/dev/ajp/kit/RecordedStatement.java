package dev.ajp.kit;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One execution at the JDBC level.
 *
 * @param sql the statement text, as the framework wrote it (several texts joined by {@code ";\n"} for a plain
 *     {@code Statement} batch)
 * @param kind what it does
 * @param batched whether it was sent with {@code executeBatch}
 * @param batchSize the number of rows (parameter sets) in the batch; 1 when not batched
 * @param succeeded whether the driver executed it without an exception
 */
public record RecordedStatement(String sql, StatementKind kind, boolean batched, int batchSize, boolean succeeded)
        implements RecordedEntry {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SELECT_LIST = Pattern.compile("(?i)^select (.+?) from ");

    /** A statement that succeeded. */
    public RecordedStatement(String sql, StatementKind kind, boolean batched, int batchSize) {
        this(sql, kind, batched, batchSize, true);
    }

    @Override
    public String outline() {
        return kind.name().toLowerCase(Locale.ROOT) + (succeeded ? "" : " failed");
    }

    /** The text on one line, with a long select list shortened to "…", the batch size if batched, and a failure. */
    @Override
    public String compact() {
        var text = WHITESPACE.matcher(sql.strip()).replaceAll(" ");
        var selectList = SELECT_LIST.matcher(text);
        if (text.length() > 120 && selectList.find() && selectList.group(1).length() > 20) {
            text = text.substring(0, selectList.start(1)) + "…" + text.substring(selectList.end(1));
        }
        if (batched) {
            text += "  [batch of " + batchSize + "]";
        }
        return succeeded ? text : text + "  [failed]";
    }
}
