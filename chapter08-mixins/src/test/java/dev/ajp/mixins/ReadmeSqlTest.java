package dev.ajp.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.SqlRecorder.Kind;
import dev.ajp.kit.SqlRecorder.Recording;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL that is sent, and the schema it shows is the schema that runs.
 *
 * <ul>
 *   <li>A {@code sql} block after {@code <!-- sql: STEP: APPROACH, APPROACH... [on h2|postgres] -->} must equal, up to
 *       whitespace, the statement each named approach sends at that step of the main's story, on the tutorial's data:
 *       {@code insert} (its first INSERT), {@code refresh} (the first SELECT of the insert), {@code update} (the UPDATE
 *       of Alice's birthday), {@code bulk} and {@code bulk-fix} (the UPDATE of each bulk regrade).
 *   <li>A {@code sql} block after {@code <!-- script: PATH -->} must appear, line for line, in that file.
 * </ul>
 */
class ReadmeSqlTest {

    private static final Pattern SQL_MARKER = Pattern.compile("^<!-- sql: ([a-z-]+): (.+?)(?: on (h2|postgres))? -->$");
    private static final Pattern SCRIPT_MARKER = Pattern.compile("^<!-- script: (\\S+) -->$");

    @Test
    void everySqlBlockIsWhatTheNamedApproachesSendAndEverySchemaBlockIsInItsScript() throws IOException {
        var lines = Files.readAllLines(ModuleDirectory.of(ReadmeSqlTest.class).resolve("README.md"));
        var database = DatabaseSettings.fromEnvironment().kind();
        var sent = new EnumMap<Approach, Map<String, String>>(Approach.class);
        var problems = new ArrayList<String>();
        var checked = 0;
        for (var i = 0; i < lines.size(); i++) {
            var sql = SQL_MARKER.matcher(lines.get(i));
            var script = SCRIPT_MARKER.matcher(lines.get(i));
            if (!sql.matches() && !script.matches()) {
                continue;
            }
            var block = block(lines, i + 1);
            if (script.matches()) {
                if (!Files.readString(ModuleDirectory.of(ReadmeSqlTest.class).resolve(script.group(1)))
                        .contains(block)) {
                    problems.add("README.md:" + (i + 1) + " is not in " + script.group(1));
                }
                checked++;
                continue;
            }
            if (sql.group(3) != null && !sql.group(3).equals(database.key())) {
                continue;
            }
            for (var label : sql.group(2).split(", ")) {
                var approach = approach(label);
                if (!approach.runsOn(database)) {
                    problems.add("README.md:" + (i + 1) + " " + label + " does not run on " + database.key()
                            + ": say 'on postgres'");
                    continue;
                }
                var statement =
                        sent.computeIfAbsent(approach, ReadmeSqlTest::steps).get(sql.group(1));
                if (statement == null || !normalize(statement).equals(normalize(block))) {
                    problems.add("README.md:" + (i + 1) + " " + label + " sends at " + sql.group(1) + ": " + statement);
                }
                checked++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    /** The statement of each step of the main's story, as this approach sends it. */
    private static Map<String, String> steps(Approach approach) {
        try (var db = ChapterDatabase.open()) {
            var rows = approach.on(db, new TickingClock());
            var recorder = db.recorder();
            var insert = recorder.record(() -> rows.insertStudents(NewStudent.fromTheTutorial()));
            var alice = insert.result().get(0).id();
            var update = recorder.record(() -> rows.haveBirthday(alice));
            var bulk = recorder.record(() -> rows.bulkRegrade("A", "A+"));
            var bulkFix = recorder.record(() -> rows.bulkRegradeTouchingUpdatedAt("A+", "A"));
            var steps = new LinkedHashMap<String, String>();
            steps.put("insert", first(insert, Kind.INSERT));
            steps.put("refresh", first(insert, Kind.SELECT));
            steps.put("update", first(update, Kind.UPDATE));
            steps.put("bulk", first(bulk, Kind.UPDATE));
            steps.put("bulk-fix", first(bulkFix, Kind.UPDATE));
            return steps;
        }
    }

    private static String first(Recording<?> recording, Kind kind) {
        return recording.statements().stream()
                .filter(s -> s.kind() == kind)
                .map(s -> s.sql())
                .findFirst()
                .orElse(null);
    }

    private static Approach approach(String label) {
        for (var approach : Approach.values()) {
            if (approach.label().equals(label)) {
                return approach;
            }
        }
        throw new IllegalArgumentException("No approach is labelled '" + label + "'");
    }

    /** The lines of the fenced block that starts on line {@code index}. */
    private static String block(List<String> lines, int index) {
        assertThat(lines.get(index)).as("line %d", index + 1).isEqualTo("```sql");
        var text = new StringBuilder();
        for (var j = index + 1; !lines.get(j).equals("```"); j++) {
            text.append(lines.get(j)).append('\n');
        }
        return text.toString();
    }

    private static String normalize(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }
}
