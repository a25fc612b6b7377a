package dev.ajp.mixins;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.Recording;
import dev.ajp.kit.StatementKind;
import dev.ajp.testsupport.ReadmeSql;
import dev.ajp.testsupport.ReadmeSql.Operation;
import dev.ajp.testsupport.ReadmeSql.Sent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL that is sent, and the schema it shows is the schema that runs (test-support's
 * {@link ReadmeSql} explains the markers; the schema blocks are {@code file ... (part)} ones). A label {@code STEP:
 * APPROACH} is the statement the approach sends at that step of the main's story, on the tutorial's data: {@code
 * insert} (its first INSERT), {@code refresh} (the first SELECT of the insert), {@code update} (the UPDATE of Alice's
 * birthday), {@code bulk} and {@code bulk-fix} (the UPDATE of each bulk regrade). An approach that does not run on the
 * database fails its label there (a block that shows it says {@code on postgres}).
 */
class ReadmeSqlTest {

    private static final List<String> STEPS = List.of("insert", "refresh", "update", "bulk", "bulk-fix");

    @Test
    void everySqlBlockIsWhatTheNamedApproachesSendAndEverySchemaBlockIsInItsScript() {
        var sent = new EnumMap<Approach, Map<String, String>>(Approach.class);
        var labels = new LinkedHashMap<String, Operation>();
        for (var step : STEPS) {
            for (var approach : Approach.values()) {
                labels.put(step + ": " + approach.label(), () -> {
                    var statement =
                            sent.computeIfAbsent(approach, ReadmeSqlTest::steps).get(step);
                    var statements = new ArrayList<String>();
                    if (statement != null) {
                        statements.add(statement);
                    }
                    return Sent.statements(statements);
                });
            }
        }
        ReadmeSql.assertChapter(ModuleDirectory.of(ReadmeSqlTest.class), labels);
    }

    /** The statement of each step of the main's story, as this approach sends it. */
    private static Map<String, String> steps(Approach approach) {
        try (var db = ChapterDatabase.open()) {
            if (!approach.runsOn(db.settings().kind())) {
                throw new IllegalStateException(approach.label() + " does not run on "
                        + db.settings().kind().key() + ": say 'on postgres'");
            }
            var rows = approach.on(db, new TickingClock());
            var recorder = db.recorder();
            var insert = recorder.record(() -> rows.insertStudents(NewStudent.fromTheTutorial()));
            var alice = insert.result().get(0).id();
            var update = recorder.record(() -> rows.haveBirthday(alice));
            var bulk = recorder.record(() -> rows.bulkRegrade("A", "A+"));
            var bulkFix = recorder.record(() -> rows.bulkRegradeTouchingUpdatedAt("A+", "A"));
            var steps = new LinkedHashMap<String, String>();
            steps.put("insert", first(insert, StatementKind.INSERT));
            steps.put("refresh", first(insert, StatementKind.SELECT));
            steps.put("update", first(update, StatementKind.UPDATE));
            steps.put("bulk", first(bulk, StatementKind.UPDATE));
            steps.put("bulk-fix", first(bulkFix, StatementKind.UPDATE));
            return steps;
        }
    }

    private static String first(Recording<?> recording, StatementKind kind) {
        return recording.statements().stream()
                .filter(s -> s.kind() == kind)
                .map(s -> s.sql())
                .findFirst()
                .orElse(null);
    }
}
