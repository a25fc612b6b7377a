package dev.ajp.transactions;

import static dev.ajp.transactions.NewStudent.INVALID;
import static dev.ajp.transactions.NewStudent.KEVIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the README shows each approach send is what it sends: every {@code text} block after a marker
 * {@code <!-- outline: CONSTANT [on h2|postgres] -->} (an {@link Approach} or a {@link NaivePort}) must equal the
 * outline of the statements and connection events of that approach on the tutorial's second example, in a fresh
 * database, on the database named (or on both).
 */
class ReadmeOutlineTest {

    private static final Pattern MARKER = Pattern.compile("^<!-- outline: ([A-Z_]+)(?: on (h2|postgres))? -->$");

    @Test
    void everyOutlineInTheReadmeIsWhatTheApproachSends() throws IOException {
        var lines = Files.readAllLines(Path.of("README.md"));
        var database = DatabaseSettings.fromEnvironment().kind().key();
        var problems = new ArrayList<String>();
        var checked = 0;
        for (var i = 0; i < lines.size(); i++) {
            var marker = MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            assertThat(lines.get(i + 1))
                    .as("line after the marker at line %d", i + 1)
                    .isEqualTo("```text");
            var block = new ArrayList<String>();
            for (var j = i + 2; !lines.get(j).equals("```"); j++) {
                block.add(lines.get(j));
            }
            if (marker.group(2) != null && !marker.group(2).equals(database)) {
                continue;
            }
            var sent = outline(marker.group(1));
            if (!sent.equals(block)) {
                problems.add("README.md:" + (i + 1) + " " + marker.group(1) + " sends " + sent);
            }
            checked++;
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    private static List<String> outline(String name) {
        try (var db = Tutorial.open()) {
            var transaction = isApproach(name)
                    ? Approach.valueOf(name).on(db)
                    : NaivePort.valueOf(name).on(db);
            db.recorder().clear();
            try {
                transaction.run(List.of(KEVIN), List.of(INVALID));
            } catch (RuntimeException thrown) {
                // a naive port that throws: its outline is the lesson
            }
            return db.recorder().recording().outline();
        }
    }

    private static boolean isApproach(String name) {
        return List.of(Approach.values()).stream().anyMatch(a -> a.name().equals(name));
    }
}
