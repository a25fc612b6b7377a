package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.model.SampleData;
import dev.ajp.testsupport.Console;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EagerLoadingMainTest {

    /** The tutorial's loop prints each student with their courses: here on one line, for the canonical data. */
    private static final String TUTORIAL_RESULT = "Alice [Mathematics, Physics] · Bob [Mathematics]"
            + " · Carol [Physics, Chemistry, History] · Dave [] · Eve [Mathematics, History]";

    @Test
    void theMainPrintsEveryApproachWithTheTutorialsResultAndEveryStatementItSent() {
        var printed = Console.capture(() -> EagerLoadingMain.main(new String[0]));

        // One block per approach, separated by blank lines: its name and count, its result, then what it sent.
        var blocks = Arrays.stream(printed.split("\\R\\R"))
                .map(block -> block.lines().toList())
                .toList();
        var n = SampleData.canonical().students().size();
        for (var approach : Approach.values()) {
            var count = StudentsWithCoursesTest.expectedStatements(approach, n);
            var heading = "%s: %d statement%s".formatted(approach.label(), count, count == 1 ? "" : "s");
            List<String> block = blocks.stream()
                    .filter(lines -> lines.get(0).equals(heading))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("No block '" + heading + "' in:\n" + printed));

            assertThat(block.get(1)).isEqualTo("  " + TUTORIAL_RESULT);
            assertThat(block.subList(2, block.size()))
                    .hasSize(count)
                    .allSatisfy(line -> assertThat(line).startsWithIgnoringCase("  select "));
        }
    }
}
