package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.DatabaseSettings.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void withNothingSetTheDatabaseIsAPrivateH2() {
        var settings = DatabaseSettings.from(name -> null, Map.of());

        assertThat(settings.kind()).isEqualTo(Kind.H2);
        assertThat(settings.url()).isNull();
    }

    @Test
    void postgresHasLoopbackDefaultsThatEachSettingOverrides() {
        var defaults = DatabaseSettings.from(name -> null, Map.of("DB", "postgres"));
        assertThat(defaults)
                .isEqualTo(new DatabaseSettings(
                        Kind.POSTGRES, "jdbc:postgresql://127.0.0.1:55432/tutorial", "tutorial", "tutorial"));

        var overridden = DatabaseSettings.from(
                Map.of("db", "POSTGRES", "db.url", "jdbc:postgresql://127.0.0.1:5432/school", "db.user", "me")::get,
                Map.of("DB_PASSWORD", "secret"));
        assertThat(overridden)
                .isEqualTo(
                        new DatabaseSettings(Kind.POSTGRES, "jdbc:postgresql://127.0.0.1:5432/school", "me", "secret"));
    }

    @Test
    void aSystemPropertyWinsOverTheEnvironment() {
        var settings = DatabaseSettings.from(Map.of("db", "h2")::get, Map.of("DB", "postgres"));

        assertThat(settings.kind()).isEqualTo(Kind.H2);
    }

    @Test
    void anUnknownDatabaseStopsWithTheAcceptedValues() {
        assertThatThrownBy(() -> DatabaseSettings.from(Map.of("db", "oracle")::get, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown database 'oracle' (from -Ddb). Accepted values: h2, postgres.");
        assertThatThrownBy(() -> DatabaseSettings.from(name -> null, Map.of("DB", "mysql")))
                .hasMessage("Unknown database 'mysql' (from environment variable DB). Accepted values: h2, postgres.");
    }

    @Test
    void aUrlOfAnotherDatabaseIsRejected() {
        assertThatThrownBy(() -> DatabaseSettings.from(
                        name -> null, Map.of("DB_URL", "jdbc:postgresql://127.0.0.1:55432/tutorial")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The database is h2 but environment variable DB_URL is"
                        + " 'jdbc:postgresql://127.0.0.1:55432/tutorial', which does not start with jdbc:h2:."
                        + " Set both to the same database.");
    }

    @Test
    void anUnreachablePostgresFailsAtOnceNamingTheUrlAndTheReadmeSection() {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        var nowhere = new DatabaseSettings(Kind.POSTGRES, "jdbc:postgresql://127.0.0.1:1/tutorial", "tutorial", "x");

        assertThatThrownBy(() -> Database.setup().settings(nowhere).open())
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("Cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:1/tutorial as tutorial")
                .hasMessageContaining("README.md, section \"Running on PostgreSQL\"")
                .satisfies(e -> assertThat(e.getStackTrace()).isEmpty());
    }
}
