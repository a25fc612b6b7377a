package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.inheritance.PeopleTest.Operation;
import dev.ajp.kit.ModuleDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * REFERENCE.md's table of statement counts (between {@code <!-- counts: begin -->} and {@code <!-- counts: end -->}) is
 * {@link PeopleTest#expectedOutline}.
 */
class ReadmeCountsTableTest {

    private static final List<Operation> COUNT_COLUMNS = List.of(
            Operation.ALL,
            Operation.TEACHERS,
            Operation.STUDENTS,
            Operation.FIND_TEACHER,
            Operation.FIND_STUDENT,
            Operation.FIND_PLAIN_PERSON,
            Operation.ADD_ONE_OF_EACH);

    @Test
    void theTableOfCountsIsWhatPeopleTestAsserts() throws IOException {
        var lines = Files.readAllLines(
                ModuleDirectory.of(ReadmeCountsTableTest.class).resolve("REFERENCE.md"));
        var rows = lines.subList(lines.indexOf("<!-- counts: begin -->") + 3, lines.indexOf("<!-- counts: end -->"));
        var seen = new ArrayList<Approach>();
        for (var row : rows) {
            var cells =
                    Arrays.stream(row.split("\\|")).map(String::strip).toList().subList(1, 2 + COUNT_COLUMNS.size());
            var approach = approach(cells.get(0));
            seen.add(approach);
            for (var column = 0; column < COUNT_COLUMNS.size(); column++) {
                var operation = COUNT_COLUMNS.get(column);
                var expected = PeopleTest.expectedOutline(approach, operation).stream()
                        .filter(entry -> Set.of("select", "insert", "sequence").contains(entry))
                        .count();
                assertThat(shownCounts(cells.get(column + 1)))
                        .as("%s, %s", approach, operation)
                        .contains(expected);
            }
        }
        assertThat(seen).containsExactly(Approach.values());
    }

    /** "1" is 1, "1 + 3" is 4, "1 or 2" is either. */
    private static List<Long> shownCounts(String cell) {
        if (cell.contains(" or ")) {
            return Arrays.stream(cell.split(" or ")).map(Long::valueOf).toList();
        }
        return List.of(
                Arrays.stream(cell.split(" \\+ ")).mapToLong(Long::parseLong).sum());
    }

    private static Approach approach(String label) {
        return Arrays.stream(Approach.values())
                .filter(a -> a.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No approach named " + label));
    }
}
