package dev.ajp.bulkinsert;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SqlRecorder.Kind;
import dev.ajp.kit.SqlRecorder.Recording;
import dev.ajp.kit.SqlRecorder.Statement;
import dev.ajp.model.SampleData;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Chapter 02: the tutorial's {@code bulk_insert_mappings} of George, Helen and Isaac, done every way the chapter
 * shows, each in a fresh database, with the SQL each one sends; the same counts for 1,000 students; and what each
 * approach does with a batch that holds one invalid student.
 *
 * <p>{@code ./mvnw -q -pl chapter02-bulk-insert -am compile exec:java} (add {@code -Ppostgres} for PostgreSQL).
 */
public final class BulkInsertMain {

    static final int LARGER = 1_000;

    private BulkInsertMain() {}

    public static void main(String[] args) {
        var database = DatabaseSettings.fromEnvironment();
        var approaches = Arrays.stream(Approach.values())
                .filter(a -> a.runsOn(database.kind()))
                .toList();
        var postgresOnly = Arrays.stream(Approach.values())
                .filter(a -> !a.runsOn(database.kind()))
                .toList();
        System.out.println("Chapter 02, bulk insert, on " + database.describe() + ". Batch size "
                + BulkInsert.BATCH_SIZE + " for every batched approach (the increment of students_seq).");
        if (!postgresOnly.isEmpty()) {
            System.out.println("Not run here, PostgreSQL only: " + postgresOnly + ". Add -Ppostgres to see them.");
        }

        System.out.println();
        System.out.println("== George, Helen and Isaac, with each approach in a fresh database");
        for (var approach : approaches) {
            var recording = run(approach, NewStudent.fromTheTutorial());
            System.out.println();
            System.out.println(approach + ": " + recording.result() + " rows, " + counts(recording));
            System.out.println(recording.describe());
            if (approach == Approach.POSTGRES_COPY) {
                System.out.println("  copy students (id, name, age, grade) from stdin  [the driver's CopyManager, not"
                        + " a JDBC statement: the recorder cannot see it]");
            }
        }

        System.out.println();
        System.out.printf("== %,d students, with each approach in a fresh database%n%n", LARGER);
        System.out.printf("%-38s %6s %6s %8s %8s %9s%n", "approach", "rows", "JDBC", "INSERTs", "batches", "sequence");
        for (var approach : approaches) {
            var recording = run(approach, NewStudent.generated(LARGER));
            System.out.printf(
                    "%-38s %,6d %,6d %,8d %,8d %,9d%n",
                    approach,
                    recording.result(),
                    recording.count(),
                    singleInserts(recording),
                    batches(recording),
                    sequenceCalls(recording));
        }
        System.out.println("(JDBC: statement executions; INSERTs: single INSERTs; batches: batched INSERTs, 50 rows"
                + " each; sequence: calls of students_seq)");

        System.out.println();
        System.out.println("== 120 students, the 76th of them the tutorial's Invalid Student (age -1), with each"
                + " approach in a fresh database");
        // Hibernate and EclipseLink log each failed statement at WARN; here the exception itself is the lesson.
        quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
        for (var approach : approaches) {
            System.out.println();
            System.out.println(approach + ":");
            System.out.println(failure(approach, NewStudent.generatedWithInvalidAt(120, 75)));
        }
    }

    /** Inserts the students with the approach into a fresh database; the rows it wrote and the SQL it sent. */
    static Recording<Integer> run(Approach approach, List<NewStudent> students) {
        try (var db = openWithSchema()) {
            try (var inserter = approach.on(db)) {
                return db.recorder().record(() -> inserter.insert(students));
            }
        }
    }

    /** What the approach reports when one student is invalid, and how many rows it left behind. */
    static String failure(Approach approach, List<NewStudent> students) {
        try (var db = openWithSchema()) {
            String outcome;
            try (var inserter = approach.on(db)) {
                inserter.insert(students);
                outcome = "  no error?";
            } catch (BulkInsertException e) {
                outcome = "  " + e.getMessage();
            }
            long left = db.jdbi()
                    .withHandle(h -> h.createQuery("select count(*) from " + approach.table())
                            .mapTo(Long.class)
                            .one());
            return outcome + "\n  rows in " + approach.table() + " afterwards: " + left;
        }
    }

    private static Database openWithSchema() {
        var db = Database.open();
        db.runScript(SampleData.SCHEMA);
        db.runScript(Approach.SCHEMA);
        return db;
    }

    static String counts(Recording<?> recording) {
        return recording.count() + " JDBC statements: " + sequenceCalls(recording) + " sequence, "
                + singleInserts(recording) + " single INSERT, " + batches(recording) + " batched INSERT";
    }

    static long sequenceCalls(Recording<?> recording) {
        return recording.statements().stream()
                .filter(BulkInsertMain::isSequenceCall)
                .count();
    }

    static long singleInserts(Recording<?> recording) {
        return recording.statements().stream()
                .filter(s -> s.kind() == Kind.INSERT && !s.batched())
                .count();
    }

    static long batches(Recording<?> recording) {
        return recording.statements().stream()
                .filter(s -> s.kind() == Kind.INSERT && s.batched())
                .count();
    }

    static boolean isSequenceCall(Statement statement) {
        return statement.sql().toLowerCase().contains("students_seq");
    }

    private static void quiet(String... loggers) {
        for (var name : loggers) {
            ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.ERROR);
        }
    }
}
