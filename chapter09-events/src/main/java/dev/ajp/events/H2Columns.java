package dev.ajp.events;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a column sits in the rows H2 hands to a trigger: its position in the table, looked up by name. */
final class H2Columns {

    private H2Columns() {}

    /** The 0-based position of {@code column} in {@code schema.table}, as H2 orders a trigger's row arrays. */
    static int position(Connection connection, String schema, String table, String column) throws SQLException {
        try (var columns = connection.getMetaData().getColumns(null, schema, table, column)) {
            if (!columns.next()) {
                throw new SQLException("No column " + column + " in " + schema + "." + table);
            }
            return columns.getInt("ORDINAL_POSITION") - 1;
        }
    }
}
