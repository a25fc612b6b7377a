package dev.ajp.mixins;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Recording;
import dev.ajp.kit.Weaving;
import java.time.Clock;
import java.time.Duration;

/**
 * Chapter 08: the tutorial's {@code TimestampMixin} done every way the chapter shows, each in a fresh database. For
 * each approach: the tutorial's five students and five courses inserted, Alice's birthday (an update through the
 * entity or the DAO), then every grade A student made A+ in one bulk UPDATE; after each step Alice's two timestamps,
 * in UTC, and the SQL that was sent.
 *
 * <p>{@code ./mvnw -q -pl chapter08-mixins -am compile exec:java} (add {@code -Ppostgres} for PostgreSQL).
 */
public final class MixinsMain {

    private MixinsMain() {}

    public static void main(String[] args) {
        if (Weaving.rerunWoven(args)) return; // an IDE compiled the entities: woven now, and the main ran again
        var database = DatabaseSettings.fromEnvironment();
        System.out.println("Chapter 08, mixins: created_at and updated_at on students and courses, on "
                + database.describe() + ". Times in UTC.");
        var elsewhere = ChapterApproach.notRunningOn(Approach.class, database.kind());
        if (!elsewhere.isEmpty()) {
            System.out.println("Not run here, PostgreSQL only: " + elsewhere + ". Add -Ppostgres to see them.");
        }
        for (var approach : ChapterApproach.runningOn(Approach.class, database.kind())) {
            System.out.println();
            run(approach);
        }
    }

    private static void run(Approach approach) {
        try (var db = ChapterDatabase.open()) {
            var rows = approach.on(db, Clock.systemUTC()); // starts its framework, outside the recordings
            var recorder = db.recorder();
            System.out.println("== " + approach + " (the " + clock(approach) + ")");

            var students = recorder.record(() -> rows.insertStudents(NewStudent.fromTheTutorial()));
            var courses = recorder.record(() -> rows.insertCourses(NewStudent.coursesOfTheTutorial()));
            var inserted = students.result().get(0);
            var mathematics = courses.result().get(0);
            System.out.println("Insert the tutorial's five students, then its five courses:");
            System.out.println("  " + line(inserted) + readings(inserted));
            System.out.println("  " + line(mathematics) + readings(mathematics));
            printSql(students);
            printSql(courses);

            var birthday = recorder.record(() -> rows.haveBirthday(inserted.id()));
            var updated = birthday.result();
            System.out.println(
                    "Alice turns 23, an update through " + (isJdbi(approach) ? "the DAO" : "the entity") + ":");
            System.out.println("  " + line(updated) + compared(inserted, updated));
            printSql(birthday);

            var bulk = recorder.record(() -> rows.bulkRegrade("A", "A+"));
            var reloaded = rows.reload(inserted.id());
            System.out.println("Every grade A student becomes A+, in one bulk UPDATE (" + bulk.result()
                    + " rows); Alice read again:");
            System.out.println("  " + line(reloaded) + compared(updated, reloaded));
            printSql(bulk);
        }
    }

    private static String clock(Approach approach) {
        return switch (approach.clocked()) {
            case JVM -> "JVM's clock";
            case DATABASE -> "database's clock";
        };
    }

    private static boolean isJdbi(Approach approach) {
        return approach == Approach.JDBI_SQL_OBJECT_MIXIN || approach == Approach.JDBI_GENERATED_KEYS;
    }

    static String line(Stamp stamp) {
        return String.format("%-12s created %s  updated %s", stamp.name(), stamp.createdAt(), stamp.updatedAt());
    }

    private static String readings(Stamp stamp) {
        if (stamp.createdAt() == null || stamp.updatedAt() == null) {
            return "  (not known to the approach)";
        }
        var apart = Duration.between(stamp.createdAt(), stamp.updatedAt());
        return apart.isZero() ? "  (the same)" : "  (" + apart.toNanos() / 1000 + " µs apart)";
    }

    /** What happened to the two timestamps between two stamps of the same row. */
    static String compared(Stamp before, Stamp after) {
        var created = after.createdAt().equals(before.createdAt()) ? "created_at kept" : "created_at MOVED";
        var updated = after.updatedAt().isAfter(before.updatedAt()) ? "updated_at moved" : "updated_at did not move";
        return "  (" + created + ", " + updated + ")";
    }

    private static void printSql(Recording<?> recording) {
        System.out.println(recording.describe());
    }
}
