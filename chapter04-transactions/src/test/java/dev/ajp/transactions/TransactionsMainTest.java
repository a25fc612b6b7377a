package dev.ajp.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.testsupport.Console;
import dev.ajp.transactions.savepoint.Approach;
import dev.ajp.transactions.savepoint.NaivePort;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TransactionsMainTest {

    @Test
    void theMainReproducesTheTutorialWithEveryApproachAndShowsWhatTheNaivePortsLost() {
        var printed = Console.capture(() -> TransactionsMain.main(new String[0]));
        var postgres = DatabaseSettings.fromEnvironment().kind() == DatabaseSettings.Kind.POSTGRES;

        var approaches = Approach.values().length;
        assertThat(printed.lines().filter("Jason committed"::equals)).hasSize(approaches);
        // The savepoint approaches roll back to their savepoint; the validate-first ones never send the invalid
        // student.
        assertThat(printed.lines().filter("Rolling back to savepoint."::equals))
                .hasSize((int) Arrays.stream(Approach.values())
                        .filter(a -> a.name().endsWith("_SAVEPOINT"))
                        .count());
        assertThat(printed.lines().filter("Left out before sending (no savepoint): Invalid Student"::equals))
                .hasSize((int) Arrays.stream(Approach.values())
                        .filter(a -> a.name().endsWith("_VALIDATE_FIRST"))
                        .count());
        // Every approach keeps Kevin and never the invalid student; the naive ports lose Kevin where the tests say.
        var kevinLost = postgres ? 11 : 6;
        assertThat(printed.lines().filter("Kevin present: true"::equals))
                .hasSize(approaches + NaivePort.values().length - (postgres ? 0 : 2) - kevinLost);
        assertThat(printed.lines().filter("Kevin was lost."::equals)).hasSize(kevinLost);
        assertThat(printed).doesNotContain("Invalid present: true").contains("setSavepoint(risky)", "rollback(risky)");
        // No seat lost to a race: 4 threads x 25 seats, with each framework's version check, then its row lock.
        assertThat(
                        printed.lines()
                                .filter(
                                        l -> l.matches(
                                                "(Hibernate|EclipseLink|Jdbi)/(optimistic|pessimistic): 100 seats taken of 100, after \\d+ retries")))
                .hasSize(6);
        if (!postgres) {
            assertThat(printed).contains("Not run here, PostgreSQL only:");
        }
    }
}
