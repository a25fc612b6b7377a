package dev.ajp.kit;

import java.sql.Connection;
import java.util.Locale;
import org.h2.api.Trigger;

/** H2's version of the PL/pgSQL function in plpgsql-trigger.sql: the second column, in upper case. */
public final class ShoutTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        newRow[1] = ((String) newRow[1]).toUpperCase(Locale.ROOT);
    }
}
