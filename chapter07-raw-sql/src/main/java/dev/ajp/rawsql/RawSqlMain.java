package dev.ajp.rawsql;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.Logging;
import dev.ajp.kit.Recording;
import dev.ajp.kit.Weaving;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.SampleData.StudentData;
import dev.ajp.model.Student;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Chapter 07: the tutorial's {@code SELECT * FROM students WHERE age > :age} with an age of 20, run by every approach
 * on the tutorial's data, with what came back and the SQL it sent; then what a user's input does to the same kind of
 * query, concatenated into the SQL and bound, in each framework.
 *
 * <p>{@code ./mvnw -q -pl chapter07-raw-sql -am compile exec:java} (add {@code -Ppostgres} for PostgreSQL).
 */
public final class RawSqlMain {

    /** The tutorial's parameter. */
    static final int AGE = 20;

    /** An age as a user might type it: concatenated, it turns the condition into one that every row meets. */
    static final String HOSTILE_AGE = "0 OR 1=1";

    /** A name as a user might type it: concatenated between quotes, it closes the string and adds a true condition. */
    static final String HOSTILE_NAME = "x' OR '1'='1";

    private RawSqlMain() {}

    public static void main(String[] args) {
        if (Weaving.rerunWoven(args)) return; // an IDE compiled the entities: woven now, and the main ran again
        // The bound hostile age is refused by the database, which Hibernate and EclipseLink also log: the main says it.
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
        var data = SampleData.canonical();
        try (var db = ChapterDatabase.setup().data(data).open()) {
            var frameworks = db.frameworks(Student.class, Course.class);
            System.out.println("Chapter 07, raw SQL, on " + db.settings().describe() + ".");
            System.out.println(
                    "The tutorial's query: SELECT * FROM students WHERE age > :age, with age = " + AGE + ".");

            System.out.println();
            System.out.println("== Every approach, the columns named and the age bound");
            for (var approach :
                    ChapterApproach.runningOn(Approach.class, db.settings().kind())) {
                var query = approach.on(frameworks); // starts its framework outside the recording
                var recording = db.recorder().record(() -> query.olderThan(AGE));
                System.out.println(approach + ": " + describe(recording.result()));
                System.out.println(recording.describe());
            }

            System.out.println();
            System.out.println("== What a user types: the age \"" + HOSTILE_AGE + "\" and the name \"" + HOSTILE_NAME
                    + "\", concatenated into the SQL and bound");
            var everyone = data.students().stream().map(StudentData::name).toList();
            for (var search : Search.values()) {
                var students = search.on(frameworks);
                print(
                        db,
                        everyone,
                        search + ", the age concatenated",
                        () -> students.olderThanConcatenated(HOSTILE_AGE));
                print(db, everyone, search + ", the age bound", () -> students.olderThanBound(HOSTILE_AGE));
                print(db, everyone, search + ", the name concatenated", () -> students.namedConcatenated(HOSTILE_NAME));
                print(db, everyone, search + ", the name bound", () -> students.namedBound(HOSTILE_NAME));
                if (students instanceof JdbiSearch jdbi) {
                    print(db, everyone, search + ", the age in define()", () -> jdbi.olderThanDefined(HOSTILE_AGE));
                }
            }
        }
    }

    /** "Alice 22, Bob 21, Carol 23, Eve 24" */
    static String describe(List<StudentRow> students) {
        return students.stream().map(s -> s.name() + " " + s.age()).collect(Collectors.joining(", "));
    }

    /** The names it returned (or the database's refusal), then the SQL it sent. */
    private static void print(Database db, List<String> everyone, String what, Supplier<List<String>> search) {
        String outcome;
        Recording<?> recording;
        try {
            var found = db.recorder().record(search);
            recording = found;
            outcome = names(found.result(), everyone);
        } catch (RuntimeException e) {
            recording = db.recorder().recording();
            outcome = "refused by the database: " + firstLine(rootCause(e).getMessage());
        }
        System.out.println(what + ": " + outcome);
        System.out.println(recording.describe());
    }

    /** "no student", "Alice, Eve", or "every student: Alice, Bob, Carol, Dave, Eve". */
    static String names(List<String> names, List<String> everyone) {
        if (names.isEmpty()) {
            return "no student";
        }
        return (names.equals(everyone) ? "every student: " : "") + String.join(", ", names);
    }

    private static Throwable rootCause(Throwable e) {
        return e.getCause() == null ? e : rootCause(e.getCause());
    }

    /** The first line of a driver's message, without H2's "; SQL statement:" tail. */
    static String firstLine(String message) {
        var line = message.lines().findFirst().orElse("").strip();
        var tail = line.indexOf("; SQL statement:");
        return tail < 0 ? line : line.substring(0, tail);
    }
}
