package dev.ajp.events;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's {@code students_audit_insert} trigger ({@code events-trigger-h2.sql}): after each row is inserted, one audit
 * row, written on the connection H2 passes in, which is the inserting session's own: same transaction.
 */
public final class H2AuditInsertTrigger implements Trigger {

    private int id;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        id = H2Columns.position(connection, schema, table, "ID");
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        try (var audit = connection.prepareStatement(
                "insert into student_audit (student_id, action, audited_at) values (?, 'INSERT', current_timestamp)")) {
            audit.setObject(1, newRow[id]);
            audit.executeUpdate();
        }
    }
}
