package dev.ajp.events;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's {@code students_normalise_name} trigger ({@code events-trigger-h2.sql}): the same rule as PostgreSQL's PL/pgSQL
 * function, as a Java class that H2 loads by name and calls for every row before it is inserted. H2 has no
 * procedural SQL; its triggers are Java.
 *
 * <p>H2 hands the row over as an array in the table's column order: {@code init} looks the position of {@code name}
 * up once, by name, instead of counting columns in the script. {@code fire} may change {@code newRow}: H2 writes the
 * changed row. An exception refuses the INSERT.
 */
// tag::trigger[]
public final class H2NormaliseNameTrigger implements Trigger {

    private int name;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        name = H2Columns.position(connection, schema, table, "NAME");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        try {
            newRow[name] = StudentNames.normalise((String) newRow[name]);
        } catch (IllegalArgumentException blank) {
            throw new SQLException(StudentNames.BLANK, "23513"); // the INSERT fails with this message
        }
    }
}
// end::trigger[]
