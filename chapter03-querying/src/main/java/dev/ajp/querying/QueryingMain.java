package dev.ajp.querying;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Recording;
import dev.ajp.kit.Weaving;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.List;
import java.util.function.Function;

/**
 * Runs every query in every form ({@link Approach}) on the tutorial's data and prints the rows once per query, then for each form
 * whether it returned the same rows, how many statements (and connection events, if any) it sent, and the SQL.
 *
 * <p>{@code ./mvnw -q -pl chapter03-querying -am compile exec:java} (add {@code -Ppostgres} for PostgreSQL).
 */
public final class QueryingMain {

    /** A hostile value for the grade: concatenated into SQL it would match every row. */
    static final String HOSTILE_GRADE = "A' or '1'='1";

    private record Question(String title, Function<StudentQueries, List<?>> query) {}

    private static final List<Question> QUESTIONS = List.of(
            new Question("Filter: students older than 21 with grade A", q -> q.olderThanWithGrade(21, "A")),
            new Question("Join: every (student, course) pair", StudentQueries::studentCoursePairs),
            new Question("COUNT and GROUP BY: students per course", StudentQueries::studentsPerCourse),
            new Question(
                    "LEFT JOIN: students per course, Art included", StudentQueries::studentsPerCourseIncludingEmpty),
            new Question("LEFT JOIN: courses per student, Dave included", StudentQueries::coursesPerStudent),
            new Question("HAVING and ORDER BY: courses with 2 students or more", q -> q.popularCourses(2)),
            new Question("Pagination: the 2nd page of 3 pairs", q -> q.studentCoursePairsPage(3, 3)),
            new Question("OFFSET pagination: skip 2 students, take 2", q -> q.studentsByOffset(2, 2)),
            new Question("Keyset pagination: the 2 students after id 2", q -> q.studentsAfter(2, 2)),
            new Question(
                    "Bound parameters: the grade " + HOSTILE_GRADE + " is a value, not SQL",
                    q -> q.olderThanWithGrade(21, HOSTILE_GRADE)));

    private QueryingMain() {}

    public static void main(String[] args) {
        if (Weaving.rerunWoven(args)) return; // an IDE compiled the entities: woven now, and the main ran again
        try (var db = ChapterDatabase.open()) {
            var frameworks = db.frameworks(Student.class, Course.class);
            // Every approach of this chapter runs on both databases; the main still asks, as every chapter's does.
            var approaches =
                    ChapterApproach.runningOn(Approach.class, db.settings().kind());
            var forms = approaches.stream().filter(Approach::answersEveryQuery).toList();
            var entityLoadings =
                    approaches.stream().filter(a -> !a.answersEveryQuery()).toList();
            System.out.println("Chapter 03, querying: the tutorial's data on "
                    + db.settings().describe());

            for (var question : QUESTIONS) {
                System.out.println();
                System.out.println("== " + question.title());
                List<?> first = null;
                for (var form : forms) {
                    var queries = form.on(frameworks);
                    var recording = db.recorder().record(() -> question.query().apply(queries));
                    if (first == null) {
                        first = recording.result();
                        first.forEach(row -> System.out.println("   " + row));
                        if (first.isEmpty()) {
                            System.out.println("   (no rows)");
                        }
                    }
                    print(form.label(), recording, recording.result().equals(first) ? "same rows" : "DIFFERENT");
                }
            }

            System.out.println();
            System.out.println("== The join with whole entities instead of a DTO projection");
            for (var loading : entityLoadings) {
                var join = loading.join(frameworks);
                var recording = db.recorder().record(join);
                print(loading.label(), recording, recording.result().size() + " pairs");
            }
        }
    }

    /** The approach, its verdict, its counts, and the first three statements or connection events it sent. */
    private static void print(String name, Recording<? extends List<?>> recording, String verdict) {
        var events = recording.events().size();
        System.out.printf(
                "%-34s %-10s %s%s%n",
                name,
                verdict,
                plural(recording.count(), "statement"),
                events == 0 ? "" : ", " + plural(events, "connection event"));
        var entries = recording.entries();
        var shown = Math.min(entries.size(), 3);
        for (var i = 0; i < shown; i++) {
            System.out.println("     " + entries.get(i).compact());
        }
        if (entries.size() > shown) {
            System.out.println("     ... " + (entries.size() - shown) + " more");
        }
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
