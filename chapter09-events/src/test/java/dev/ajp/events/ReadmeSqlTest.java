package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.SqlRecorder.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL that is sent or run: every {@code sql} block after a marker
 * {@code <!-- sql: APPROACH on h2|postgres -->} is, statement by statement and up to white space, what the approach
 * sends for Kevin alone into an empty database of that kind; every block after {@code <!-- file: path -->} is that
 * file, as it is.
 */
class ReadmeSqlTest {

    static final DatabaseSettings.Kind DATABASE =
            DatabaseSettings.fromEnvironment().kind();

    private static final Pattern SQL_MARKER = Pattern.compile("^<!-- sql: ([A-Z_]+) on (h2|postgres) -->$");
    private static final Pattern FILE_MARKER = Pattern.compile("^<!-- file: (\\S+) -->$");

    @Test
    void everySqlBlockIsWhatItsApproachSendsOnItsDatabase() throws IOException {
        var lines = Files.readAllLines(ModuleDirectory.of(ReadmeSqlTest.class).resolve("README.md"));
        var problems = new ArrayList<String>();
        var checked = 0;
        for (var i = 0; i < lines.size(); i++) {
            var marker = SQL_MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            var block = block(lines, i);
            var onThisDatabase = marker.group(2).equals(DATABASE == DatabaseSettings.Kind.H2 ? "h2" : "postgres");
            if (!onThisDatabase) {
                continue;
            }
            var approach = Stream.of(Approach.values())
                    .filter(a -> a.name().equals(marker.group(1)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("README.md: no approach " + marker.group(1)));
            var expected = block.stream()
                    .map(line -> normalize(line.replaceFirst(";$", "")))
                    .toList();
            try (var db = ChapterDatabase.setup(approach).open()) {
                var inserter = approach.on(db);
                var sent =
                        db.recorder().record(() -> inserter.insert(List.of(NewStudent.kevin()))).statements().stream()
                                .map(Statement::sql)
                                .map(ReadmeSqlTest::normalize)
                                .toList();
                if (!sent.equals(expected)) {
                    problems.add(
                            "README.md:" + (i + 1) + " " + approach.name() + " sends:\n" + String.join(";\n", sent));
                }
            }
            checked++;
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    @Test
    void everyFileBlockIsTheFileAsItIs() throws IOException {
        var lines = Files.readAllLines(ModuleDirectory.of(ReadmeSqlTest.class).resolve("README.md"));
        var checked = 0;
        for (var i = 0; i < lines.size(); i++) {
            var marker = FILE_MARKER.matcher(lines.get(i));
            if (marker.matches()) {
                assertThat(String.join("\n", block(lines, i)))
                        .as("README.md:%d", i + 1)
                        .isEqualTo(Files.readString(
                                        ModuleDirectory.of(ReadmeSqlTest.class).resolve(marker.group(1)))
                                .stripTrailing());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(2);
    }

    /** The lines of the fenced block right after the marker at {@code index}. */
    private static List<String> block(List<String> lines, int index) {
        assertThat(lines.get(index + 1))
                .as("line after the marker at line %d", index + 1)
                .startsWith("```");
        var block = new ArrayList<String>();
        for (var j = index + 2; !lines.get(j).equals("```"); j++) {
            block.add(lines.get(j));
        }
        return block;
    }

    private static String normalize(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
