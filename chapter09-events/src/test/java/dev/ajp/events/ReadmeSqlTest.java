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
import org.junit.jupiter.api.Test;

/**
 * The SQL the chapter's pages (README.md, the lesson, and REFERENCE.md) show is the SQL that is sent or run: every
 * {@code sql} block after a marker
 * {@code <!-- sql: APPROACH on h2|postgres -->} is, statement by statement and up to white space, what the approach
 * sends for Kevin alone into an empty database of that kind; every block after {@code <!-- file: path -->} is that
 * file, as it is.
 */
class ReadmeSqlTest {

    static final DatabaseSettings.Kind DATABASE =
            DatabaseSettings.fromEnvironment().kind();

    private static final Pattern SQL_MARKER = Pattern.compile("^<!-- sql: ([A-Z_]+) on (h2|postgres) -->$");
    private static final Pattern FILE_MARKER = Pattern.compile("^<!-- file: (\\S+) -->$");

    private static final List<String> PAGES = List.of("README.md", "REFERENCE.md");

    @Test
    void everySqlBlockIsWhatItsApproachSendsOnItsDatabase() throws IOException {
        var problems = new ArrayList<String>();
        var checked = 0;
        for (var page : PAGES) {
            checked += checkSqlBlocks(page, problems);
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    /** Checks the {@code sql} blocks of one page for this database; returns how many it checked. */
    private static int checkSqlBlocks(String page, List<String> problems) throws IOException {
        var lines = Files.readAllLines(ModuleDirectory.of(ReadmeSqlTest.class).resolve(page));
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
            var approach = InsertApproach.all().stream()
                    .filter(a -> a.name().equals(marker.group(1)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(page + ": no approach " + marker.group(1)));
            var expected = block.stream()
                    .map(line -> normalize(line.replaceFirst(";$", "")))
                    .toList();
            try (var db = EventsSchema.open(approach)) {
                var inserter = approach.on(db);
                var sent =
                        db.recorder().record(() -> inserter.insert(List.of(NewStudent.kevin()))).statements().stream()
                                .map(Statement::sql)
                                .map(ReadmeSqlTest::normalize)
                                .toList();
                if (!sent.equals(expected)) {
                    problems.add(page + ":" + (i + 1) + " " + approach.name() + " sends:\n" + String.join(";\n", sent));
                }
            }
            checked++;
        }
        return checked;
    }

    @Test
    void everyFileBlockIsTheFileAsItIs() throws IOException {
        var checked = 0;
        for (var page : PAGES) {
            var lines =
                    Files.readAllLines(ModuleDirectory.of(ReadmeSqlTest.class).resolve(page));
            for (var i = 0; i < lines.size(); i++) {
                var marker = FILE_MARKER.matcher(lines.get(i));
                if (!marker.matches()) {
                    continue;
                }
                assertThat(String.join("\n", block(lines, i)))
                        .as("%s:%d", page, i + 1)
                        .isEqualTo(Files.readString(
                                        ModuleDirectory.of(ReadmeSqlTest.class).resolve(marker.group(1)))
                                .stripTrailing());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(2); // the two trigger scripts
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
