package dev.ajp.compositekeys;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Logging;
import dev.ajp.kit.Recording;
import dev.ajp.kit.Weaving;
import dev.ajp.model.SampleData;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Chapter 05: the tutorial's Enrollment, an association with a key of two columns. Each approach, in a fresh database,
 * enrolls the tutorial's students in their courses with a date, finds one enrollment by its key, lists a student's
 * courses and a course's students, refuses a duplicate enrollment and then enrolls idempotently; with the SQL and the
 * connection events each step sent.
 *
 * <p>{@code ./mvnw -q -pl chapter05-composite-keys -am compile exec:java} (add {@code -Ppostgres} for PostgreSQL).
 */
public final class CompositeKeysMain {

    private static final SampleData.Dataset DATA = SampleData.canonical();
    private static final EnrollmentKey CAROL_IN_CHEMISTRY = new EnrollmentKey(3, 3);
    private static final EnrollmentKey ALICE_IN_MATHEMATICS = new EnrollmentKey(1, 1);

    private CompositeKeysMain() {}

    public static void main(String[] args) throws SQLException {
        if (Weaving.rerunWoven(args)) return; // an IDE compiled the entities: woven now, and the main ran again
        // Both providers log a refused INSERT as a warning; the refusal is printed here as the lesson.
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
        var database = DatabaseSettings.fromEnvironment();
        System.out.println("Chapter 05, composite primary keys, on " + database.describe() + ".");
        System.out.println();
        System.out.println("The tutorial's eight enrollments, each (student id, course id) with a date; every approach"
                + " enrolls them in a fresh database, one transaction per student:");
        for (var registration : Registration.canonical()) {
            System.out.println("  " + student(registration.studentId()) + " in "
                    + registration.courseIds().stream()
                            .map(CompositeKeysMain::course)
                            .collect(Collectors.joining(", "))
                    + " on " + registration.date());
        }

        for (var approach : ChapterApproach.runningOn(Approach.class, database.kind())) {
            System.out.println();
            System.out.println("== " + approach);
            try (var db = ChapterDatabase.setup().data(DATA).open()) {
                show(db, approach.on(db));
            }
        }

        System.out.println();
        System.out.println("== Plain JDBC, for reference: the idempotent enrollment as the driver receives it");
        try (var db = ChapterDatabase.setup().data(DATA).open();
                var connection = db.dataSource().getConnection()) {
            var recording = db.recorder().record(() -> {
                try {
                    return IdempotentEnrollment.withJdbc(
                            connection, db.settings().kind(), new EnrollmentKey(4, 5), Registration.TERM_START);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            System.out.println("Enroll Dave in Art if absent: " + inserted(recording.result()));
            System.out.println(recording.describe());
        }
    }

    private static void show(Database db, Enrollments enrollments) {
        var registrations = Registration.canonical();
        var first = registrations.get(0);
        var alice = db.recorder().record(() -> enrollments.enroll(first.studentId(), first.courseIds(), first.date()));
        System.out.println("Enroll Alice in Mathematics and Physics: " + counted(alice));
        System.out.println(alice.describe());
        var others = db.recorder()
                .record(() -> registrations
                        .subList(1, registrations.size())
                        .forEach(r -> enrollments.enroll(r.studentId(), r.courseIds(), r.date())));
        System.out.println("Enroll Bob, Carol and Eve the same way: " + counted(others));

        var found = db.recorder().record(() -> enrollments.find(CAROL_IN_CHEMISTRY));
        System.out.println();
        System.out.println("Find " + CAROL_IN_CHEMISTRY + " by its key: "
                + found.result()
                        .map(row -> student(row.key().studentId()) + " in "
                                + course(row.key().courseId()) + " since " + row.enrollmentDate())
                        .orElse("nothing"));
        System.out.println(found.describe());

        var carol = db.recorder().record(() -> enrollments.coursesOf(3));
        System.out.println("Carol's courses: " + carol.result());
        System.out.println(carol.describe());
        var mathematics = db.recorder().record(() -> enrollments.studentsOf(1));
        System.out.println("The students of Mathematics: " + mathematics.result());
        System.out.println(mathematics.describe());

        System.out.println();
        db.recorder().clear();
        try {
            enrollments.enroll(1, List.of(ALICE_IN_MATHEMATICS.courseId()), Registration.TERM_START);
            System.out.println("Enroll Alice in Mathematics again: no error?");
        } catch (EnrollmentException refused) {
            System.out.println("Enroll Alice in Mathematics again: " + refused.getMessage());
        }
        System.out.println(db.recorder().recording().describe());
        var idempotent =
                db.recorder().record(() -> enrollments.enrollIfAbsent(ALICE_IN_MATHEMATICS, Registration.TERM_START));
        System.out.println("Enroll Alice in Mathematics if absent: " + inserted(idempotent.result()));
        System.out.println(idempotent.describe());
    }

    private static String inserted(boolean inserted) {
        return inserted ? "inserted" : "already enrolled, nothing inserted, no error";
    }

    private static String counted(Recording<?> recording) {
        var statements = recording.count();
        return statements + (statements == 1 ? " statement" : " statements");
    }

    private static String student(long id) {
        return DATA.students().get((int) id - 1).name();
    }

    private static String course(long id) {
        return DATA.courses().get((int) id - 1);
    }
}
