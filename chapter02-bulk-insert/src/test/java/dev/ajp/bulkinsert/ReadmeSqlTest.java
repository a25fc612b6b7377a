package dev.ajp.bulkinsert;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.RecordedStatement;
import dev.ajp.kit.StatementKind;
import dev.ajp.testsupport.ReadmeSql;
import dev.ajp.testsupport.ReadmeSql.Operation;
import dev.ajp.testsupport.ReadmeSql.Sent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL the approaches send for George, Helen and Isaac, each into an empty database
 * (test-support's {@link ReadmeSql} explains the markers). A label {@code WHAT: APPROACH} names an approach (its enum
 * constant) and which of its statements the block holds:
 *
 * <ul>
 *   <li>{@code insert}: its INSERTs, each executed on its own (and no other INSERT);
 *   <li>{@code batch}: its INSERTs, each in a JDBC batch (and no other INSERT);
 *   <li>{@code sequence}: its calls of the sequence;
 *   <li>{@code wire}: on PostgreSQL, the INSERTs the driver prepares on the server ({@link PostgresWire}), in order.
 * </ul>
 */
class ReadmeSqlTest {

    @Test
    void everySqlBlockIsWhatTheNamedApproachesSendHere() {
        var labels = new LinkedHashMap<String, Operation>();
        for (var approach : List.of(Approach.values())) {
            labels.put(
                    "insert: " + approach.name(),
                    () -> recorded(approach, s -> s.kind() == StatementKind.INSERT && !s.batched()));
            labels.put(
                    "batch: " + approach.name(),
                    () -> recorded(approach, s -> s.kind() == StatementKind.INSERT && s.batched()));
            labels.put(
                    "sequence: " + approach.name(), () -> recorded(approach, s -> s.kind() == StatementKind.SEQUENCE));
            labels.put("wire: " + approach.name(), () -> wire(approach));
        }
        ReadmeSql.assertChapter(ModuleDirectory.of(ReadmeSqlTest.class), labels);
    }

    /**
     * The statements the approach sends that {@code shown} picks; for INSERTs, a note in their place when it also sends
     * INSERTs of the other kind.
     */
    private static Sent recorded(Approach approach, Predicate<RecordedStatement> shown) {
        try (var db = ChapterDatabase.open()) {
            var inserter = approach.on(db);
            var recording = db.recorder().record(() -> inserter.insert(NewStudent.fromTheTutorial()));
            var statements = recording.statements().stream().filter(shown).toList();
            var inserts = statements.stream().anyMatch(s -> s.kind() == StatementKind.INSERT);
            var others = recording.statements().stream()
                    .filter(s -> s.kind() == StatementKind.INSERT && !statements.contains(s))
                    .toList();
            if (inserts && !others.isEmpty()) {
                return Sent.statements(List.of("(also sends other INSERTs: " + others + ")"));
            }
            return Sent.statements(
                    statements.stream().map(RecordedStatement::sql).toList());
        }
    }

    private static Sent wire(Approach approach) {
        try (var db = ChapterDatabase.open()) {
            var inserter = approach.on(db);
            return Sent.statements(PostgresWire.capture(() -> inserter.insert(NewStudent.fromTheTutorial()))
                    .parsedInserts());
        }
    }
}
