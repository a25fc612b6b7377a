package dev.ajp.events;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.testsupport.ReadmeSql;
import dev.ajp.testsupport.ReadmeSql.Operation;
import dev.ajp.testsupport.ReadmeSql.Sent;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL that is sent or run (test-support's {@link ReadmeSql} explains the markers; the
 * trigger scripts are {@code file ...} blocks): a label is an approach (its constant), and runs its insert of Kevin
 * alone into an empty database.
 */
class ReadmeSqlTest {

    @Test
    void everySqlBlockIsWhatItsApproachSendsOnItsDatabase() {
        var labels = new LinkedHashMap<String, Operation>();
        for (var approach : Approach.values()) {
            labels.put(approach.name(), () -> {
                try (var db = ChapterDatabase.setup(approach).open()) {
                    var inserter = approach.on(db);
                    return Sent.of(db.recorder().record(() -> inserter.insert(List.of(NewStudent.kevin()))));
                }
            });
        }
        ReadmeSql.assertChapter(ModuleDirectory.of(ReadmeSqlTest.class), labels);
    }
}
