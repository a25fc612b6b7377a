package dev.ajp.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Console;
import dev.ajp.kit.DatabaseSettings;
import org.junit.jupiter.api.Test;

class TransactionsMainTest {

    @Test
    void theMainReproducesTheTutorialWithEveryApproachAndShowsWhatTheNaivePortsLost() {
        var printed = Console.capture(() -> TransactionsMain.main(new String[0]));
        var postgres = DatabaseSettings.fromEnvironment().kind() == DatabaseSettings.Kind.POSTGRES;

        var approaches = Approach.values().length;
        assertThat(printed.lines().filter("Jason committed"::equals)).hasSize(approaches);
        assertThat(printed.lines().filter("Rolling back to savepoint."::equals)).hasSize(approaches);
        // Every approach keeps Kevin and never the invalid student; the naive ports lose Kevin where the tests say.
        var kevinLost = postgres ? 11 : 6;
        assertThat(printed.lines().filter("Kevin present: true"::equals))
                .hasSize(approaches + NaivePort.values().length - (postgres ? 0 : 2) - kevinLost);
        assertThat(printed.lines().filter("Kevin was lost."::equals)).hasSize(kevinLost);
        assertThat(printed).doesNotContain("Invalid present: true").contains("setSavepoint(risky)", "rollback(risky)");
        // No seat lost to a race: 4 threads x 25 seats, with each framework's version check and retry.
        assertThat(printed.lines()
                        .filter(l ->
                                l.matches("(Hibernate|EclipseLink|Jdbi): 100 seats taken of 100, after \\d+ retries")))
                .hasSize(3);
        if (!postgres) {
            assertThat(printed).contains("Not run here, PostgreSQL only:");
        }
    }
}
