package dev.ajp.transactions;

import static dev.ajp.transactions.savepoint.NewStudent.INVALID;
import static dev.ajp.transactions.savepoint.NewStudent.KEVIN;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.testsupport.ReadmeSql;
import dev.ajp.testsupport.ReadmeSql.Operation;
import dev.ajp.testsupport.ReadmeSql.Sent;
import dev.ajp.transactions.savepoint.Approach;
import dev.ajp.transactions.savepoint.NaivePort;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the README shows each approach send is what it sends (test-support's {@link ReadmeSql} explains the markers;
 * this chapter's blocks are {@code (outline)} and {@code (events)} ones): a label is an {@link Approach} or a
 * {@link NaivePort} constant, and runs the tutorial's second example (Kevin, then an invalid student) in a fresh
 * database.
 */
class ReadmeSqlTest {

    @Test
    void everyOutlineInTheReadmeIsWhatTheApproachSends() {
        var labels = new LinkedHashMap<String, Operation>();
        for (var approach : Approach.values()) {
            labels.put(approach.name(), () -> secondExample(approach.name()));
        }
        for (var port : NaivePort.values()) {
            labels.put(port.name(), () -> secondExample(port.name()));
        }
        ReadmeSql.assertChapter(ModuleDirectory.of(ReadmeSqlTest.class), labels);
    }

    private static Sent secondExample(String name) {
        try (var db = ChapterDatabase.open()) {
            var transaction = isApproach(name)
                    ? Approach.valueOf(name).on(db)
                    : NaivePort.valueOf(name).on(db);
            db.recorder().clear();
            try {
                transaction.run(List.of(KEVIN), List.of(INVALID));
            } catch (RuntimeException thrown) {
                // a naive port that throws: its outline is the lesson
            }
            return Sent.of(db.recorder().recording());
        }
    }

    private static boolean isApproach(String name) {
        return List.of(Approach.values()).stream().anyMatch(a -> a.name().equals(name));
    }
}
