package dev.ajp.bulkinsert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.SqlRecorder.Kind;
import dev.ajp.kit.SqlRecorder.Recording;
import dev.ajp.kit.SqlRecorder.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL the approaches send, for the tutorial's three students. Every {@code sql} block
 * is preceded by a marker {@code <!-- sql: WHAT: APPROACH, APPROACH... [on h2|postgres] -->}, where WHAT says which of
 * the statements the block holds:
 *
 * <ul>
 *   <li>{@code insert}: every INSERT, each executed on its own;
 *   <li>{@code batch}: every INSERT, each in a JDBC batch;
 *   <li>{@code sequence}: every call of the sequence;
 *   <li>{@code wire}: on PostgreSQL, the INSERTs the driver prepares on the server ({@link PostgresWire}), one per line,
 *       in order.
 * </ul>
 *
 * A block names the approaches (their enum constants) that send exactly it, on the database named, or on both.
 */
class ReadmeSqlTest {

    private static final Pattern MARKER =
            Pattern.compile("^<!-- sql: (insert|batch|sequence|wire): (.+?)(?: on (h2|postgres))? -->$");

    static final DatabaseSettings.Kind DATABASE =
            DatabaseSettings.fromEnvironment().kind();

    @Test
    void everySqlBlockOfTheReadmeIsWhatTheNamedApproachesSendHere() throws IOException {
        var lines = Files.readAllLines(ModuleDirectory.of(ReadmeSqlTest.class).resolve("README.md"));
        var problems = new ArrayList<String>();
        var checked = 0;
        for (var i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("```sql")
                    && (i == 0 || !MARKER.matcher(lines.get(i - 1)).matches())) {
                problems.add("README.md:" + (i + 1) + " an sql block without a marker");
            }
            var marker = MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            assertThat(lines.get(i + 1))
                    .as("README.md:%d, the line after the marker", i + 2)
                    .isEqualTo("```sql");
            var block = new ArrayList<String>();
            for (var j = i + 2; !lines.get(j).equals("```"); j++) {
                block.add(normalize(lines.get(j)));
            }
            var database = marker.group(3);
            if (database != null && !database.equals(DATABASE.key())) {
                continue;
            }
            for (var name : marker.group(2).split(", ")) {
                var approach = Stream.of(Approach.values())
                        .filter(a -> a.name().equals(name))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("README.md: no approach named " + name));
                var sent = sent(marker.group(1), approach);
                if (!sent.equals(block)) {
                    problems.add(
                            "README.md:" + (i + 1) + " " + name + " sends " + sent + ", the README shows " + block);
                }
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    /** The statements of that kind the approach sends for George, Helen and Isaac, each distinct text once, in order. */
    private static List<String> sent(String what, Approach approach) {
        try (var db = ChapterDatabase.open()) {
            var inserter = approach.on(db);
            if (what.equals("wire")) {
                return PostgresWire.capture(() -> inserter.insert(NewStudent.fromTheTutorial()))
                        .parsedInserts()
                        .stream()
                        .map(ReadmeSqlTest::normalize)
                        .toList();
            }
            Recording<Integer> recording = db.recorder().record(() -> inserter.insert(NewStudent.fromTheTutorial()));
            var statements = recording.statements().stream()
                    .filter(s -> switch (what) {
                        case "insert" -> s.kind() == Kind.INSERT && !s.batched();
                        case "batch" -> s.kind() == Kind.INSERT && s.batched();
                        default -> s.kind() == Kind.SEQUENCE;
                    })
                    .toList();
            var others = recording.statements().stream()
                    .filter(s -> s.kind() == Kind.INSERT && !statements.contains(s))
                    .toList();
            if (!what.equals("sequence") && !others.isEmpty()) {
                return List.of("(also sends other INSERTs: " + others + ")");
            }
            return statements.stream()
                    .map(Statement::sql)
                    .map(ReadmeSqlTest::normalize)
                    .distinct()
                    .toList();
        }
    }

    private static String normalize(String sql) {
        return String.join(" ", Arrays.asList(sql.strip().split("\\s+")));
    }
}
