package dev.ajp.transactions;

import static dev.ajp.transactions.NewStudent.INVALID;
import static dev.ajp.transactions.NewStudent.KEVIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.Recording;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the README shows each approach send is what it sends: every {@code text} block after a marker
 * {@code <!-- outline: CONSTANT [on h2|postgres] -->} (an {@link Approach} or a {@link NaivePort}) must equal the
 * outline of the statements and connection events of that approach on the tutorial's second example, in a fresh
 * database, on the database named (or on both); after {@code <!-- sent: ... -->}, the SQL and events themselves, as
 * {@code describe()} gives them.
 */
class ReadmeOutlineTest {

    private static final Pattern MARKER = Pattern.compile("^<!-- (outline|sent): ([A-Z_]+)(?: on (h2|postgres))? -->$");

    @Test
    void everyOutlineInTheReadmeIsWhatTheApproachSends() throws IOException {
        var lines =
                Files.readAllLines(ModuleDirectory.of(ReadmeOutlineTest.class).resolve("README.md"));
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
            if (marker.group(3) != null && !marker.group(3).equals(database)) {
                continue;
            }
            var recording = secondExample(marker.group(2));
            var sent = marker.group(1).equals("outline")
                    ? recording.outline()
                    : recording.describe().lines().map(String::strip).toList();
            if (!sent.equals(block)) {
                problems.add("README.md:" + (i + 1) + " " + marker.group(2) + " sends " + sent);
            }
            checked++;
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    private static Recording<Void> secondExample(String name) {
        try (var db = TutorialDatabase.open()) {
            var transaction = isApproach(name)
                    ? Approach.valueOf(name).on(db)
                    : NaivePort.valueOf(name).on(db);
            db.recorder().clear();
            try {
                transaction.run(List.of(KEVIN), List.of(INVALID));
            } catch (RuntimeException thrown) {
                // a naive port that throws: its outline is the lesson
            }
            return db.recorder().recording();
        }
    }

    private static boolean isApproach(String name) {
        return List.of(Approach.values()).stream().anyMatch(a -> a.name().equals(name));
    }
}
