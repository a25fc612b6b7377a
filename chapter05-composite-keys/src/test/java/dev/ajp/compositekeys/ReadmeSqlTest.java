package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ModuleDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQL the README shows is the SQL the approaches send: every {@code sql} block preceded by a marker {@code <!--
 * sql: OPERATION: APPROACH, APPROACH... [on h2|postgres] -->} holds, up to whitespace, the statements each named
 * approach sends for that operation on the tutorial's data (on the database named, or on both when none is), one
 * statement after another, each ended by {@code ;}.
 */
class ReadmeSqlTest {

    private static final LocalDate SEPT_10 = LocalDate.parse("2024-09-10");

    /** The README's operation names. */
    private static final Map<String, Consumer<Enrollments>> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("enroll", e -> e.enroll(4, List.of(2L), SEPT_10));
        OPERATIONS.put("find", e -> e.find(new EnrollmentKey(3, 3)));
        OPERATIONS.put("courses-of", e -> e.coursesOf(3));
        OPERATIONS.put("students-of", e -> e.studentsOf(1));
        OPERATIONS.put("change-date", e -> e.changeDate(new EnrollmentKey(2, 1), SEPT_10));
        OPERATIONS.put("remove", e -> e.remove(new EnrollmentKey(3, 3)));
        OPERATIONS.put("enroll-if-absent", e -> e.enrollIfAbsent(new EnrollmentKey(4, 5), SEPT_10));
    }

    private static final Pattern MARKER = Pattern.compile("^<!-- sql: ([a-z-]+): (.+?)(?: on (h2|postgres))? -->$");

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "REFERENCE.md"})
    void everySqlBlockInTheReadmeIsWhatTheNamedApproachesSend(String page) throws IOException {
        var lines = Files.readAllLines(ModuleDirectory.of(ReadmeSqlTest.class).resolve(page));
        var problems = new ArrayList<String>();
        var checked = 0;
        for (var i = 0; i < lines.size(); i++) {
            var marker = MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            assertThat(lines.get(i + 1))
                    .as("line after the marker at line %d", i + 1)
                    .isEqualTo("```sql");
            var block = new StringBuilder();
            for (var j = i + 2; !lines.get(j).equals("```"); j++) {
                block.append(lines.get(j)).append('\n');
            }
            var operation = OPERATIONS.get(marker.group(1));
            assertThat(operation)
                    .as("operation '%s' at line %d", marker.group(1), i + 1)
                    .isNotNull();
            var shown = statements(block.toString());
            for (var label : marker.group(2).split(", ")) {
                var approach = Arrays.stream(Approach.values())
                        .filter(a -> a.label().equals(label))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("No approach is named '" + label + "'"));
                try (var db = EnrollmentData.canonical()) {
                    if (marker.group(3) != null
                            && !marker.group(3).equals(db.settings().kind().key())) {
                        continue;
                    }
                    var enrollments = approach.on(db);
                    var sent = db.recorder().record(() -> operation.accept(enrollments)).statements().stream()
                            .map(s -> normalize(s.sql()))
                            .toList();
                    if (!sent.equals(shown)) {
                        problems.add(page + ":" + (i + 1) + " " + label + " sends:\n" + String.join(";\n", sent));
                    }
                    checked++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    private static List<String> statements(String block) {
        return Arrays.stream(block.split(";\\s*\\n"))
                .map(ReadmeSqlTest::normalize)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String normalize(String sql) {
        return sql.strip().replaceAll("\\s+", " ").replaceAll(";$", "");
    }
}
