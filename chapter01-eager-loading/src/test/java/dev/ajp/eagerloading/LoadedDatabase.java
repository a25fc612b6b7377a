package dev.ajp.eagerloading;

import dev.ajp.kit.Database;
import dev.ajp.kit.SqlRecorder;
import dev.ajp.model.SampleData;
import dev.ajp.model.SampleData.Dataset;
import java.util.List;

/**
 * A test's database: the shared schema, one data set, and the three frameworks started on it. Closing it closes
 * the factories and drops the database.
 */
final class LoadedDatabase implements AutoCloseable {

    final Dataset data;
    final Database db;
    final Frameworks frameworks;

    private LoadedDatabase(Dataset data) {
        this.data = data;
        this.db = Database.open();
        try {
            db.runScript(SampleData.SCHEMA);
            SampleData.insert(db.dataSource(), data);
            this.frameworks = new Frameworks(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static LoadedDatabase with(Dataset data) {
        return new LoadedDatabase(data);
    }

    SqlRecorder recorder() {
        return db.recorder();
    }

    /** The number of students, N in the formulas. */
    int students() {
        return data.students().size();
    }

    /** The right answer, derived from the data set: every student in id order, each with their courses in order. */
    List<StudentCourses> expected() {
        return expected(data);
    }

    static List<StudentCourses> expected(Dataset data) {
        return data.students().stream()
                .map(s -> new StudentCourses(s.name(), s.courses()))
                .toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
