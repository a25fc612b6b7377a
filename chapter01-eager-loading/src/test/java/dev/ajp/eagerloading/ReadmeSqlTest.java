package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL the approaches send. Every {@code sql} block preceded by a marker
 * {@code <!-- sql: APPROACH, APPROACH... [on h2|postgres] -->} holds, in order, the different statements each named
 * approach sends on the tutorial's data (a statement sent once per student is shown once), each ending with
 * {@code ;}; lines starting with {@code --} are comments. They are compared up to whitespace, on the database named,
 * or on both when none is.
 */
class ReadmeSqlTest {

    private static final Pattern MARKER = Pattern.compile("^<!-- sql: (.+?)(?: on (h2|postgres))? -->$");

    @Test
    void everySqlBlockInTheReadmeIsWhatTheNamedApproachesSend() throws IOException {
        var lines = Files.readAllLines(ModuleDirectory.of(ReadmeSqlTest.class).resolve("README.md"));
        var database = DatabaseSettings.fromEnvironment().kind().name().toLowerCase(Locale.ROOT);
        var problems = new ArrayList<String>();
        var checked = 0;
        try (var db = ChapterDatabase.open()) {
            var frameworks = db.frameworks(Student.class, Course.class);
            for (var i = 0; i < lines.size(); i++) {
                var marker = MARKER.matcher(lines.get(i));
                if (!marker.matches()) {
                    continue;
                }
                assertThat(lines.get(i + 1))
                        .as("line after the marker at line %d", i + 1)
                        .isEqualTo("```sql");
                var block = new ArrayList<String>();
                for (var j = i + 2; !lines.get(j).equals("```"); j++) {
                    block.add(lines.get(j));
                }
                if (marker.group(2) != null && !marker.group(2).equals(database)) {
                    continue;
                }
                var shown = statements(block);
                var where = "README.md:" + (i + 1);
                for (var label : marker.group(1).split(", ")) {
                    var approach = Arrays.stream(Approach.values())
                            .filter(a -> a.label().equals(label))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(where + ": no approach named " + label));
                    var query = approach.on(frameworks);
                    var sent = db.recorder().record(query::load).statements().stream()
                            .map(s -> normalize(s.sql()))
                            .distinct()
                            .toList();
                    if (!sent.equals(shown)) {
                        problems.add(where + " " + label + " sends:\n  " + String.join(";\n  ", sent));
                    }
                    checked++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    /** The statements of a block: comment lines dropped, split at a {@code ;} that ends a line, normalized. */
    private static List<String> statements(List<String> block) {
        var statements = new ArrayList<String>();
        var current = new StringBuilder();
        for (var line : block) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                var text = current.toString().strip();
                statements.add(normalize(text.substring(0, text.length() - 1)));
                current.setLength(0);
            }
        }
        assertThat(current.toString()).as("text after the last ';' of a block").isBlank();
        return statements;
    }

    private static String normalize(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
