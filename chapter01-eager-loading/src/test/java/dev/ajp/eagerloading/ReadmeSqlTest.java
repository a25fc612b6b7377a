package dev.ajp.eagerloading;

import dev.ajp.kit.Database;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import dev.ajp.testsupport.ReadmeSql;
import dev.ajp.testsupport.ReadmeSql.Operation;
import dev.ajp.testsupport.ReadmeSql.Sent;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL the approaches send (test-support's {@link ReadmeSql} explains the markers):
 * each label is an approach's label, and runs its query on the tutorial's data.
 */
class ReadmeSqlTest {

    @Test
    void everySqlBlockIsWhatTheNamedApproachesSend() {
        try (var db = Database.loaded(SampleData.canonical())) {
            var frameworks = db.frameworks(Student.class, Course.class);
            var labels = new LinkedHashMap<String, Operation>();
            for (var approach : Approach.values()) {
                labels.put(approach.label(), () -> {
                    var query = approach.on(frameworks);
                    return Sent.of(db.recorder().record(query::load));
                });
            }
            ReadmeSql.assertChapter(ModuleDirectory.of(ReadmeSqlTest.class), labels);
        }
    }
}
