package dev.ajp.events;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.Logging;
import dev.ajp.kit.Weaving;
import dev.ajp.model.SampleData;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Chapter 09: the tutorial's {@code before_insert} listener ("About to insert Kevin"), done every way the chapter
 * shows. Kevin arrives as {@code "  kevin "}; every hook normalises the name and writes an audit row. For each
 * approach, in a fresh copy of the tutorial's database: when each hook ran, between the application's calls and the
 * SQL they caused; what the application holds afterwards; what the database holds. Then what each framework sees
 * after a trigger changed the name, and what a blank name does.
 *
 * <p>{@code ./mvnw -q -pl chapter09-events -am compile exec:java} (add {@code -Ppostgres} for PostgreSQL).
 */
public final class EventsMain {

    private EventsMain() {}

    /** An audit row as the database holds it. */
    record AuditRow(long studentId, String action, OffsetDateTime auditedAt) {}

    public static void main(String[] args) {
        if (Weaving.rerunWoven(args)) return; // an IDE compiled the entities: woven now, and the main ran again
        var database = DatabaseSettings.fromEnvironment();
        var approaches = ChapterApproach.runningOn(Approach.class, database.kind());
        var notHere = ChapterApproach.notRunningOn(Approach.class, database.kind());
        System.out.println("Chapter 09, events and triggers, on " + database.describe() + ".");
        System.out.println("Every hook turns \"  kevin \" into \"Kevin\" and writes an audit row; the baselines have no"
                + " hook.");
        if (!notHere.isEmpty()) {
            System.out.println("Not run here, PostgreSQL only: " + notHere + ". Add -Ppostgres to see them.");
        }

        System.out.println();
        System.out.println("== Kevin (\"  kevin \", 23, B), inserted with each approach into a fresh copy of the"
                + " tutorial's database");
        for (var approach : approaches) {
            try (var db =
                    ChapterDatabase.setup(approach).data(SampleData.canonical()).open()) {
                var inserter = approach.on(db); // its factory started here, before the recording
                var recorded = Timeline.record(db.recorder(), () -> inserter.insert(List.of(NewStudent.kevin())));
                var kevin = recorded.result().get(0);
                System.out.println();
                System.out.println(approach + " (hooks: " + describe(approach.hooks()) + ")");
                System.out.println(recorded.describe());
                System.out.println("  the application holds \"" + kevin.name() + "\" (id " + kevin.id() + ")");
                System.out.println("  the database holds    \"" + AfterTheTrigger.nameInTheDatabase(db, kevin.id())
                        + "\"; audit rows: " + describe(auditRows(db)));
            }
        }

        System.out.println();
        System.out.println("== What each framework sees after the trigger changed \"  kevin \" into \"Kevin\"");
        for (var provider : JpaProvider.values()) {
            try (var db = ChapterDatabase.setup(Approach.HIBERNATE_TRIGGER)
                    .data(SampleData.canonical())
                    .open()) {
                var seen = AfterTheTrigger.jpa(db, provider);
                System.out.println();
                System.out.println(provider + ":");
                System.out.println("  in memory after the commit:       \"" + seen.inMemory() + "\"");
                System.out.println("  find() in the same EntityManager: \"" + seen.found() + "\" ("
                        + seen.findStatements() + " statements: the object it already holds)");
                System.out.println("  in the database:                  \"" + seen.inDatabase() + "\"");
                System.out.println("  after refresh():                  \"" + seen.refreshed() + "\" ("
                        + seen.refreshStatements() + " SELECT" + (seen.refreshStatements() == 1 ? "" : "s") + ")");
                System.out.println("  audit rows: " + describe(auditRows(db)));
            }
        }
        for (var sharedCache : List.of("false", "true")) {
            try (var db = ChapterDatabase.setup(Approach.ECLIPSELINK_TRIGGER)
                    .data(SampleData.canonical())
                    .open()) {
                var found = AfterTheTrigger.findInANewEntityManager(
                        db, JpaProvider.ECLIPSELINK, Map.of("eclipselink.cache.shared.default", sharedCache));
                System.out.println();
                System.out.println("EclipseLink, shared cache "
                        + ("true".equals(sharedCache) ? "on" : "off (the kit's" + " setting)")
                        + ": find() in a new EntityManager: \"" + found.name() + "\" ("
                        + found.statements() + (found.statements() == 1 ? " SELECT)" : " statements)"));
            }
        }
        try (var db = ChapterDatabase.setup(Approach.JDBI_TRIGGER)
                .data(SampleData.canonical())
                .open()) {
            System.out.println();
            System.out.println("Jdbi: execute() returns a row count, the code holds the name it sent (\"  kevin \");"
                    + " executeAndReturnGeneratedKeys(\"id\", \"name\") returns \""
                    + AfterTheTrigger.jdbiReturnedName(db)
                    + "\"");
        }

        System.out.println();
        System.out.println("== Kevin and a student with a blank name (\"   \"), in one transaction");
        // The frameworks log each failed statement at WARN; here the exception itself is the lesson.
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
        for (var approach : approaches) {
            try (var db =
                    ChapterDatabase.setup(approach).data(SampleData.canonical()).open()) {
                var inserter = approach.on(db);
                String outcome;
                try {
                    var inserted = inserter.insert(List.of(NewStudent.kevin(), new NewStudent("   ", 20, "A")));
                    outcome = "inserted both: "
                            + inserted.stream().map(s -> "\"" + s.name() + "\"").collect(Collectors.joining(", "));
                } catch (StudentInsertException e) {
                    outcome = e.getMessage();
                }
                System.out.println();
                System.out.println(approach + ": " + outcome);
                System.out.println(
                        "  students after Eve: " + studentsAfterEve(db) + "; audit rows: " + describe(auditRows(db)));
            }
        }
    }

    private static String describe(Hooks hooks) {
        return switch (hooks) {
            case NONE -> "none, a baseline";
            case IN_THE_APPLICATION -> "in the application";
            case IN_THE_DATABASE -> "in the database";
        };
    }

    static List<AuditRow> auditRows(Database db) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery(
                                "select student_id, action, audited_at from student_audit order by student_id")
                        .map((rs, ctx) -> new AuditRow(
                                rs.getLong("student_id"),
                                rs.getString("action"),
                                rs.getObject("audited_at", OffsetDateTime.class)))
                        .list());
    }

    private static String describe(List<AuditRow> rows) {
        return rows.isEmpty()
                ? "none"
                : rows.stream()
                        .map(r -> "(student " + r.studentId() + ", " + r.action() + ")")
                        .collect(Collectors.joining(", "));
    }

    private static String studentsAfterEve(Database db) {
        List<String> names = db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select name from students where id > 5 order by id")
                        .mapTo(String.class)
                        .list());
        return names.isEmpty()
                ? "none"
                : names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
