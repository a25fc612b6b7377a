package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.testsupport.Console;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The main, run as a reader runs it: the tutorial's "About to insert Kevin" where each hook really runs, what each
 * framework sees after the trigger, and the blank name refused.
 */
class EventsMainTest {

    static final DatabaseSettings.Kind DATABASE =
            DatabaseSettings.fromEnvironment().kind();

    private static String header;
    private static String kevin;
    private static String afterTheTrigger;
    private static String blank;

    @BeforeAll
    static void runTheMain() {
        var output = Console.capture(() -> EventsMain.main(new String[0])).replace("\r\n", "\n");
        var sections = output.split("\n== ");
        assertThat(sections).hasSize(4);
        header = sections[0];
        kevin = sections[1];
        afterTheTrigger = sections[2];
        blank = sections[3];
    }

    private static final Pattern INSERT_INTO = Pattern.compile("(?i)^insert into (\\w+)");

    /**
     * A timeline line of the main in the short form {@link ExpectedSql#kevinTimeline} uses: a note or a connection event as
     * it is, a statement as {@code sequence}, {@code select} or {@code insert <table>}.
     */
    private static String outline(String line) {
        var text = line.substring(8);
        if (!line.startsWith("  sql ")) {
            return text;
        }
        var insert = INSERT_INTO.matcher(text);
        if (insert.find()) {
            return "insert " + insert.group(1).toLowerCase();
        }
        var lower = text.toLowerCase();
        return lower.contains("next value for") || lower.contains("nextval(") ? "sequence" : lower.split(" ")[0];
    }

    @Test
    void everyApproachShowsItsHooksWhereTheyRanAndWhatItHoldsAfterwards() {
        for (var approach : ChapterApproach.runningOn(Approach.class, DATABASE)) {
            var block = Console.block(kevin, approach.label() + " (hooks: ");
            // Kevin is the sixth student, after the tutorial's five.
            assertThat(block.subList(1, block.size() - 2).stream()
                            .map(EventsMainTest::outline)
                            .toList())
                    .as(approach.label())
                    .containsExactlyElementsOf(ExpectedSql.kevinTimeline(approach, 6));
            var written = approach.hooks() == Hooks.NONE ? "  kevin " : "Kevin";
            var held = ExpectedSql.applicationSeesWhatTheDatabaseWrote(approach) ? written : "  kevin ";
            assertThat(block)
                    .as(approach.label())
                    .endsWith(
                            "  the application holds \"" + held + "\" (id 6)",
                            "  the database holds    \"" + written + "\"; audit rows: "
                                    + (approach.hooks() == Hooks.NONE ? "none" : "(student 6, INSERT)"));
        }
        assertThat(kevin).contains("  hook  About to insert Kevin (@PrePersist)");
    }

    @Test
    void afterTheTriggerTheObjectIsStaleUntilRefreshAndTheSharedCacheKeepsItStale() {
        assertThat(Console.block(afterTheTrigger, "Hibernate:"))
                .containsExactly(
                        "Hibernate:",
                        "  in memory after the commit:       \"  kevin \"",
                        "  find() in the same EntityManager: \"  kevin \" (0 statements: the object it already holds)",
                        "  in the database:                  \"Kevin\"",
                        "  after refresh():                  \"Kevin\" (1 SELECT)",
                        "  audit rows: (student 6, INSERT)");
        assertThat(Console.block(afterTheTrigger, "EclipseLink:"))
                .contains("  after refresh():                  \"Kevin\" (2 SELECTs)");
        assertThat(afterTheTrigger)
                .contains("EclipseLink, shared cache off (the kit's setting): find() in a new EntityManager: \"Kevin\""
                        + " (1 SELECT)")
                .contains("EclipseLink, shared cache on: find() in a new EntityManager: \"  kevin \" (0 statements)")
                .contains("executeAndReturnGeneratedKeys(\"id\", \"name\") returns \"Kevin\"");
    }

    @Test
    void aBlankNameIsRefusedByEveryHookAndLeavesNothing() {
        for (var approach : ChapterApproach.runningOn(Approach.class, DATABASE)) {
            var block = Console.block(blank, approach.label() + ": ");
            if (approach.hooks() == Hooks.NONE) {
                assertThat(block)
                        .containsExactly(
                                approach.label() + ": inserted both: \"  kevin \", \"   \"",
                                "  students after Eve: \"  kevin \", \"   \"; audit rows: none");
            } else {
                assertThat(block.get(0))
                        .startsWith(approach.label()
                                + ": None of the 2 students were inserted, the transaction was rolled back: ")
                        .contains(StudentNames.BLANK);
                assertThat(block.get(1)).isEqualTo("  students after Eve: none; audit rows: none");
            }
        }
    }

    @Test
    void theReadmesExtractIsWhatTheMainPrintsOnH2() throws java.io.IOException {
        var readme = java.nio.file.Files.readAllLines(
                ModuleDirectory.of(EventsMainTest.class).resolve("README.md"));
        var marker = readme.indexOf("<!-- main-output: h2 -->");
        assertThat(readme.get(marker + 1)).isEqualTo("```");
        var extract = new java.util.ArrayList<String>();
        for (var i = marker + 2; !readme.get(i).equals("```"); i++) {
            extract.add(readme.get(i));
        }
        assertThat(extract).isNotEmpty();
        if (DATABASE == DatabaseSettings.Kind.H2) {
            assertThat(kevin).contains(String.join("\n", extract));
        } else {
            // On PostgreSQL the same block, but for the sequence call's text.
            assertThat(kevin)
                    .contains(String.join("\n", extract)
                            .replace("select next value for students_seq", "select nextval('students_seq')"));
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
                assertThat(kevin + blank).doesNotContain(approach.label());
            }
        }
    }
}
