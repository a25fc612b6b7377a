package dev.ajp.rawsql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.SqlRecorder.Recording;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL the frameworks send: every {@code sql} block preceded by a marker
 * {@code <!-- sql: WHAT: NAME, NAME... [on h2|postgres] -->} must equal, up to whitespace, the one statement each named
 * approach (or framework) sends for it on the tutorial's data, on the database named, or on both when none is.
 * {@code every approach} names all of {@link Approach}, {@code every framework} all of {@link Search}.
 */
class ReadmeSqlTest {

    private static final Pattern MARKER = Pattern.compile("^<!-- sql: ([a-z-]+): (.+?)(?: on (h2|postgres))? -->$");

    /** What each marker's first part runs, given the name of an approach or framework. */
    private static final Map<String, Function<Frameworks, Function<String, Object>>> RUNS = Map.of(
            "older-than", f -> name -> approach(name).on(f).olderThan(RawSqlMain.AGE),
            "age-concatenated", f -> name -> search(name).on(f).olderThanConcatenated(RawSqlMain.HOSTILE_AGE),
            "name-concatenated", f -> name -> search(name).on(f).namedConcatenated(RawSqlMain.HOSTILE_NAME),
            "name-bound", f -> name -> search(name).on(f).namedBound(RawSqlMain.HOSTILE_NAME),
            "define", f -> name -> new JdbiSearch(f.jdbi()).olderThanDefined(RawSqlMain.HOSTILE_AGE),
            "like", f -> name -> search(name).on(f).nameContains("_"),
            "in-list", f -> name -> search(name).on(f).namedAnyOf(List.of("Alice", "Eve", RawSqlMain.HOSTILE_NAME)),
            "sorted-by", f -> name -> search(name).on(f).namesSortedBy("age", "desc"));

    @Test
    void everySqlBlockInTheReadmeIsWhatTheNamedApproachesSend() throws IOException {
        var lines = Files.readAllLines(ModuleDirectory.of(ReadmeSqlTest.class).resolve("README.md"));
        var db = DatabaseSettings.fromEnvironment().kind().key();
        var problems = new ArrayList<String>();
        var checked = 0;
        try (var opened = ChapterDatabase.open()) {
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
                var run = RUNS.get(marker.group(1));
                assertThat(run).as("'%s' at line %d", marker.group(1), i + 1).isNotNull();
                for (var name : names(marker.group(2))) {
                    var query = run.apply(frameworks);
                    query.apply(name); // starts the framework outside the recording
                    Recording<Object> recording = opened.recorder().record(() -> query.apply(name));
                    assertThat(recording.count()).as(name).isEqualTo(1);
                    var sent = normalized(recording.statements().get(0).sql());
                    if (!sent.equals(normalized(block.toString()))) {
                        problems.add("README.md:" + (i + 1) + " " + name + " sends: " + sent);
                    }
                    checked++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    private static List<String> names(String list) {
        return switch (list) {
            case "every approach" ->
                Arrays.stream(Approach.values()).map(Approach::label).toList();
            case "every framework" ->
                Arrays.stream(Search.values()).map(Search::label).toList();
            default -> List.of(list.split(", "));
        };
    }

    private static Approach approach(String label) {
        return Arrays.stream(Approach.values())
                .filter(a -> a.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No approach is named " + label));
    }

    private static Search search(String label) {
        return Arrays.stream(Search.values())
                .filter(s -> s.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No framework is named " + label));
    }

    private static String normalized(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
