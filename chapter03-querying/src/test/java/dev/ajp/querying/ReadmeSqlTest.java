package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQL the README and REFERENCE.md show is the SQL the frameworks send: every {@code sql} block preceded by a marker
 * {@code <!-- sql: QUERY: FORM, FORM... [on h2|postgres] -->} must equal, up to whitespace, the one statement each
 * named form sends for that query on the tutorial's data (on the database named, or on both when none is).
 */
class ReadmeSqlTest {

    /** The README's query names, with the arguments the main uses. */
    static final Map<String, Function<StudentQueries, List<?>>> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("filter", q -> q.olderThanWithGrade(21, "A"));
        QUERIES.put("join", StudentQueries::studentCoursePairs);
        QUERIES.put("count", StudentQueries::studentsPerCourse);
        QUERIES.put("left-join", StudentQueries::studentsPerCourseIncludingEmpty);
        QUERIES.put("courses-per-student", StudentQueries::coursesPerStudent);
        QUERIES.put("having", q -> q.popularCourses(2));
        QUERIES.put("page", q -> q.studentCoursePairsPage(3, 3));
        QUERIES.put("offset", q -> q.studentsByOffset(2, 2));
        QUERIES.put("keyset", q -> q.studentsAfter(2, 2));
    }

    private static final Pattern MARKER = Pattern.compile("^<!-- sql: ([a-z-]+): (.+?)(?: on (h2|postgres))? -->$");

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "REFERENCE.md"})
    void everySqlBlockInTheReadmeIsWhatTheNamedFormsSend(String file) throws IOException {
        var lines = Files.readAllLines(ModuleDirectory.of(ReadmeSqlTest.class).resolve(file));
        var db = DatabaseSettings.fromEnvironment().kind().key();
        var problems = new ArrayList<String>();
        var checked = 0;
        try (var opened = DataCase.CANONICAL.open()) {
            var frameworks = opened.frameworks(Student.class, Course.class);
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
                if (marker.group(3) != null && !marker.group(3).equals(db)) {
                    continue;
                }
                var query = QUERIES.get(marker.group(1));
                assertThat(query)
                        .as("query '%s' at line %d", marker.group(1), i + 1)
                        .isNotNull();
                for (var name : marker.group(2).split(", ")) {
                    var queries = labelled(name).on(frameworks);
                    var recording = opened.recorder().record(() -> query.apply(queries));
                    assertThat(recording.outline()).as(recording.describe()).containsExactly("select");
                    var sent = normalize(recording.statements().get(0).sql());
                    if (!sent.equals(normalize(block.toString()))) {
                        problems.add(file + ":" + (i + 1) + " " + name + " sends: " + sent);
                    }
                    checked++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    private static Approach labelled(String label) {
        return Approach.queryForms().stream()
                .filter(form -> form.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No query form labelled '" + label + "'"));
    }

    private static String normalize(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
