package dev.ajp.rawsql;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A sort order the user chose, a column and a direction, taken through an allow-list. A column name or a direction
 * cannot be a bound parameter ({@code order by ?} sorts by a constant), so it has to become part of the SQL text; only
 * text written here ever does. The user's input is a key to look up, never the text that is used: anything not on the
 * list is refused, with a message that names what is allowed, before any SQL is sent. The constructor is private: an
 * order exists only as {@link #of} made it.
 */
public final class SortOrder {

    // tag::allow-list[]
    private static final Map<String, String> COLUMNS =
            Map.of("id", "id", "name", "name", "age", "age", "grade", "grade");
    private static final Map<String, String> DIRECTIONS = Map.of("asc", "asc", "desc", "desc");

    /** The order the user asked for, in any case; a column or a direction not on the lists is refused. */
    public static SortOrder of(String column, String direction) {
        var sortColumn = COLUMNS.get(normalised(column));
        if (sortColumn == null) {
            throw new IllegalArgumentException(
                    "Cannot sort by \"" + column + "\": the columns to sort by are age, grade, id, name");
        }
        var sortDirection = DIRECTIONS.get(normalised(direction));
        if (sortDirection == null) {
            throw new IllegalArgumentException(
                    "Cannot sort in the direction \"" + direction + "\": the directions are asc, desc");
        }
        return new SortOrder(sortColumn, sortDirection);
    }
    // end::allow-list[]

    private final String column; // a value of COLUMNS, never the user's text
    private final String direction;

    private SortOrder(String column, String direction) {
        this.column = column;
        this.direction = direction;
    }

    /** The ORDER BY list: the chosen column, then the id, so that equal values come in one order every time. */
    public String sql() {
        return column.equals("id") ? "id " + direction : column + " " + direction + ", id";
    }

    private static String normalised(String input) {
        return Objects.requireNonNullElse(input, "").strip().toLowerCase(Locale.ROOT);
    }
}
