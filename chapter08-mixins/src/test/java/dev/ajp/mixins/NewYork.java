package dev.ajp.mixins;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * An application that runs in New York, for as long as the try block that opens it: the JVM's default zone is
 * America/New_York, and so is the zone of every database session, as each driver gives it.
 *
 * <ul>
 *   <li>PostgreSQL's driver sends the JVM's zone when it connects: the database is opened after the switch.
 *   <li>H2 reads the JVM's zone once, the first time it is used in a JVM, and keeps it for every later session (see
 *       {@code TimeZoneTest}); the zone of a session is then given in the URL ({@code TIME ZONE=...}), which is what a
 *       JVM that changes its zone at run time has to do.
 * </ul>
 */
final class NewYork implements AutoCloseable {

    static final String ZONE = "America/New_York";

    private final DefaultTimeZone zone;
    private final Database db;

    NewYork() {
        var kind = DatabaseSettings.fromEnvironment().kind();
        if (kind == DatabaseSettings.Kind.H2) {
            letH2ReadTheJvmsOwnZone();
        }
        zone = DefaultTimeZone.set(ZONE);
        try {
            db = Database.setup()
                    .settings(
                            kind == DatabaseSettings.Kind.H2
                                    ? new DatabaseSettings(
                                            kind,
                                            "jdbc:h2:mem:new-york-" + UUID.randomUUID() + ";TIME ZONE=" + ZONE,
                                            "sa",
                                            "")
                                    : DatabaseSettings.fromEnvironment())
                    .scripts(ChapterDatabase.schema(kind))
                    .open();
        } catch (RuntimeException e) {
            zone.close();
            throw e;
        }
    }

    Database db() {
        return db;
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            zone.close();
        }
    }

    /** As an application's H2 would: in the zone the JVM started in, before the test moves it. */
    static void letH2ReadTheJvmsOwnZone() {
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:", "sa", "")) {
            connection.createStatement().execute("select current_timestamp");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
