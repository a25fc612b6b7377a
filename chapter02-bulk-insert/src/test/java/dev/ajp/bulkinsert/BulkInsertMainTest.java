package dev.ajp.bulkinsert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.testsupport.Console;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The main, run as a reader runs it: the tutorial's three students, the counts for 1,000, and the invalid batch. */
class BulkInsertMainTest {

    static final DatabaseSettings.Kind DATABASE =
            DatabaseSettings.fromEnvironment().kind();

    private static String tutorial;
    private static String thousand;
    private static String invalid;
    private static String header;

    @BeforeAll
    static void runTheMain() {
        var output = Console.capture(() -> BulkInsertMain.main(new String[0])).replace("\r\n", "\n");
        var sections = output.split("\n== ");
        assertThat(sections).hasSize(4);
        header = sections[0];
        tutorial = sections[1];
        thousand = sections[2];
        invalid = sections[3];
    }

    @Test
    void everyApproachHereInsertsGeorgeHelenAndIsaacWithTheStatementsItsExpectationSays() {
        for (var approach : ChapterApproach.runningOn(Approach.class, DATABASE)) {
            var expected = ExpectedSql.of(approach, 3, DATABASE);

            var block = Console.block(tutorial, approach + ": ");

            assertThat(block.get(0))
                    .isEqualTo(approach + ": 3 rows, " + expected.statements() + " JDBC statements: "
                            + expected.sequenceCalls().size() + " sequence, " + expected.singleInserts()
                            + " single INSERT, batches " + expected.insertBatchSizes());
            assertThat(block)
                    .containsSubsequence(expected.events().stream()
                            .map(event -> "  " + event)
                            .toList());
            assertThat(block.get(block.size() - 1))
                    .isEqualTo("  rows in " + approach.table() + " afterwards: George (id 1, 20, A), Helen (id 2, 22,"
                            + " B), Isaac (id 3, 21, C)");
            var wire = "  on the wire, the server was asked to execute: ";
            if (DATABASE == DatabaseSettings.Kind.POSTGRES) {
                assertThat(block)
                        .as(approach.label())
                        .contains(wire + BulkInsertMain.inserts(ExpectedSql.rowsPerInsertOnTheWire(approach, 3)));
            } else {
                assertThat(block).noneMatch(line -> line.startsWith(wire));
            }
        }
    }

    @Test
    void theWireLineCountsTheInsertsTheServerExecutedAndTheirRows() {
        assertThat(BulkInsertMain.inserts(List.of(1, 1, 1))).isEqualTo("3 INSERTs of 1 row each");
        assertThat(BulkInsertMain.inserts(List.of(2, 1))).isEqualTo("2 INSERTs of 2 + 1 rows");
        assertThat(BulkInsertMain.inserts(List.of(1))).isEqualTo("1 INSERT of 1 row");
        assertThat(BulkInsertMain.inserts(List.of())).isEqualTo("no INSERT");
    }

    @Test
    void theTableForAThousandStudentsHasTheCountsOfEveryApproachHere() {
        var n = BulkInsertMain.LARGER;
        for (var approach : ChapterApproach.runningOn(Approach.class, DATABASE)) {
            var expected = ExpectedSql.of(approach, n, DATABASE);

            var numbers = new ArrayList<>(List.of(
                    String.format("%,d", n),
                    String.format("%,d", expected.statements()),
                    String.format("%,d", expected.singleInserts()),
                    String.format("%,d", expected.insertBatchSizes().size()),
                    String.format("%,d", expected.sequenceCalls().size())));
            if (DATABASE == DatabaseSettings.Kind.POSTGRES) {
                numbers.add(String.format(
                        "%,d", ExpectedSql.rowsPerInsertOnTheWire(approach, n).size()));
            }

            // the label, then rows, JDBC statements, single INSERTs, batches, sequence calls (and on PostgreSQL the
            // INSERTs the server executed)
            assertThat(thousand.lines())
                    .as(approach.label())
                    .anyMatch(line -> line.startsWith(approach.label() + " ")
                            && List.of(line.substring(approach.label().length())
                                            .strip()
                                            .split("\\s+"))
                                    .equals(numbers));
        }
    }

    @Test
    void everyApproachHereRefusesTheInvalidStudentAndLeavesNoRow() {
        for (var approach : ChapterApproach.runningOn(Approach.class, DATABASE)) {
            var block = Console.block(invalid, approach + ":");

            assertThat(block)
                    .as(approach.label())
                    .hasSize(3)
                    .satisfies(lines -> assertThat(lines.get(1))
                            .startsWith("  None of the 120 students were inserted, the transaction was rolled back: ")
                            .containsIgnoringCase(approach.table() + "_age_not_negative"))
                    .endsWith("  rows in " + approach.table() + " afterwards: none");
        }
    }

    @Test
    void theHeaderNamesTheApproachesNotRunHere() {
        var notHere = ChapterApproach.notRunningOn(Approach.class, DATABASE);

        if (notHere.isEmpty()) {
            assertThat(header).doesNotContain("Not run here");
        } else {
            assertThat(header).contains("Not run here, PostgreSQL only: " + notHere + ".");
            for (var approach : notHere) {
                assertThat(tutorial + invalid).doesNotContain(approach.label());
            }
        }
    }
}
