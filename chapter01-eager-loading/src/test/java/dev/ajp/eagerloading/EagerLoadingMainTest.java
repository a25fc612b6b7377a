package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.model.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EagerLoadingMainTest {

    @Test
    void theMainPrintsEveryApproachWithTheRightResultAndItsStatementCount() {
        var out = new ByteArrayOutputStream();
        var console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            EagerLoadingMain.main(new String[0]);
        } finally {
            System.setOut(console);
        }
        var printed = out.toString(StandardCharsets.UTF_8);

        var canonical = SampleData.canonical();
        var result = EagerLoadingMain.describe(LoadedDatabase.expected(canonical));
        for (var approach : Approach.values()) {
            var count = StudentsWithCoursesTest.expectedStatements(
                    approach, canonical.students().size());
            assertThat(printed)
                    .contains("%n%s: %d statement%s%n  %s%n"
                            .formatted(approach.label(), count, count == 1 ? "" : "s", result));
        }
    }
}
