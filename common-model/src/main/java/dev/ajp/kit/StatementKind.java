package dev.ajp.kit;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a statement does: from its first keyword, and sequence calls apart, whatever their syntax. */
public enum StatementKind {
    SELECT,
    INSERT,
    UPDATE,
    DELETE,
    /**
     * The next value of a sequence, in any database's syntax: {@code select next value for s} and
     * {@code CALL NEXT VALUE FOR s} (H2), {@code select nextval('s')} (PostgreSQL). Not a SELECT, so that
     * {@code count(StatementKind.SELECT)} means the same for every framework.
     */
    SEQUENCE,
    /** DDL, {@code call}, {@code merge}, {@code set}, {@code copy} and anything else. */
    OTHER;

    private static final Pattern SEQUENCE_CALL = Pattern.compile("(?i)\\bnext\\s+value\\s+for\\b|\\bnextval\\s*\\(");

    /** What {@code sql} does, from its first keyword; a call for a sequence's next value is {@link #SEQUENCE}. */
    static StatementKind of(String sql) {
        var text = sql.stripLeading();
        while (text.startsWith("(")) {
            text = text.substring(1).stripLeading();
        }
        var end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        var keyword = text.substring(0, end).toLowerCase(Locale.ROOT);
        if ((keyword.equals("select") || keyword.equals("call") || keyword.equals("values"))
                && SEQUENCE_CALL.matcher(text).find()) {
            return SEQUENCE;
        }
        return switch (keyword) {
            case "select", "with", "values" -> SELECT;
            case "insert" -> INSERT;
            case "update" -> UPDATE;
            case "delete" -> DELETE;
            default -> OTHER;
        };
    }
}
