package dev.ajp.eagerloading;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Weaving;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs every approach of the chapter on the tutorial's five students and prints, for each, what came back and what
 * it took: the number of statements, then everything it sent in order ({@code recording.describe()}: statements, and
 * connection events such as commit had there been any).
 *
 * <pre>./mvnw -q -pl chapter01-eager-loading -am compile exec:java [-Ppostgres]</pre>
 */
public final class EagerLoadingMain {

    private EagerLoadingMain() {}

    public static void main(String[] args) {
        if (Weaving.rerunWoven(args)) return; // an IDE compiled the entities: woven now, and the main ran again
        var data = SampleData.canonical();
        try (var db = ChapterDatabase.setup().data(data).open()) {
            var frameworks = db.frameworks(Student.class, Course.class);

            System.out.printf(
                    "Every student with their courses: %d students, %d enrolments, on %s.%n"
                            + "For each approach: how many SQL statements it sent, what it returned, then what it"
                            + " sent, in order.%n"
                            + "Every approach only reads, in auto-commit mode: no commit, rollback or other"
                            + " connection event is sent.%n",
                    data.students().size(), data.enrollments(), db.settings().describe());
            for (var approach :
                    ChapterApproach.runningOn(Approach.class, db.settings().kind())) {
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

    /** "Alice [Mathematics, Physics] · Bob [Mathematics] · ..." */
    private static String describe(List<StudentCourses> students) {
        return students.stream().map(s -> s.name() + " " + s.courses()).collect(Collectors.joining(" · "));
    }
}
