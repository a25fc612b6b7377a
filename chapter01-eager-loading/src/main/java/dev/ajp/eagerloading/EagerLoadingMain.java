package dev.ajp.eagerloading;

import dev.ajp.kit.Database;
import dev.ajp.model.SampleData;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs every approach of the chapter on the tutorial's five students and prints, for each, what came back and the
 * SQL it took: the number of statements, then the statements themselves.
 *
 * <pre>./mvnw -q -pl chapter01-eager-loading -am compile exec:java [-Ppostgres]</pre>
 */
public final class EagerLoadingMain {

    private EagerLoadingMain() {}

    public static void main(String[] args) {
        try (var db = Database.open()) {
            db.runScript(SampleData.SCHEMA);
            var data = SampleData.canonical();
            SampleData.insert(db.dataSource(), data);
            var frameworks = new Frameworks(db);

            System.out.printf(
                    "Every student with their courses: %d students, %d enrolments, on %s.%n"
                            + "For each approach: the SQL statements it sent, what it returned, the statements.%n",
                    data.students().size(), data.enrollments(), product(db));
            for (var approach : Approach.values()) {
                var query = approach.on(frameworks); // starts its framework, outside the recording
                var recording = db.recorder().record(query::load);
                System.out.printf(
                        "%n%s: %d statement%s%n  %s%n%s%n",
                        approach,
                        recording.count(),
                        recording.count() == 1 ? "" : "s",
                        describe(recording.result()),
                        recording.describe());
            }
        }
    }

    private static String product(Database db) {
        try (var connection = db.dataSource().getConnection()) {
            var metaData = connection.getMetaData();
            return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's name: " + e.getMessage(), e);
        }
    }

    /** "Alice [Mathematics, Physics] · Bob [Mathematics] · ..." */
    static String describe(List<StudentCourses> students) {
        return students.stream().map(s -> s.name() + " " + s.courses()).collect(Collectors.joining(" · "));
    }
}
