package dev.ajp.rawsql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.testsupport.Console;
import org.junit.jupiter.api.Test;

class RawSqlMainTest {

    private static final String EVERY_STUDENT = "every student: Alice, Bob, Carol, Dave, Eve";

    @Test
    void theMainPrintsTheTutorialsRowsPerApproachAndTheInjectionConcatenatedAndBound() {
        var printed = Console.capture(() -> RawSqlMain.main(new String[0]));

        for (var approach : Approach.values()) {
            assertThat(printed)
                    .contains(
                            "%n%s: Alice 22, Bob 21, Carol 23, Eve 24%n  select id, name, age, grade from students where age > ? order by id%n"
                                    .formatted(approach));
        }
        var refused = DatabaseSettings.fromEnvironment().kind() == DatabaseSettings.Kind.POSTGRES
                ? "refused by the database: ERROR: operator does not exist: integer > character varying"
                : "refused by the database: Data conversion error converting \"CHARACTER VARYING to DECFLOAT\"";
        for (var search : Search.values()) {
            assertThat(printed)
                    .contains(
                            "%n%s, the age concatenated: %s%n  select name from students where age > 0 OR 1=1 order by id%n"
                                    .formatted(search, EVERY_STUDENT))
                    .contains(
                            "%n%s, the age bound: %s%n  select name from students where age > ? order by id  [failed]%n"
                                    .formatted(search, refused))
                    .contains(
                            "%n%s, the name concatenated: %s%n  select name from students where name = 'x' OR '1'='1' order by id%n"
                                    .formatted(search, EVERY_STUDENT))
                    .contains(
                            "%n%s, the name bound: no student%n  select name from students where name = ? order by id%n"
                                    .formatted(search));
        }
        assertThat(printed).contains("%nJdbi, the age in define(): %s%n".formatted(EVERY_STUDENT));
    }
}
