package dev.ajp.bulkinsert;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Logging;
import dev.ajp.kit.Recording;
import dev.ajp.kit.Weaving;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Chapter 02: the tutorial's {@code bulk_insert_mappings} of George, Helen and Isaac, done every way the chapter
 * shows, each in a fresh database, with the SQL statements and connection events each one sends; the same counts for
 * 1,000 students; and what each approach does with a batch that holds one invalid student.
 *
 * <p>{@code ./mvnw -q -pl chapter02-bulk-insert -am compile exec:java} (add {@code -Ppostgres} for PostgreSQL).
 */
public final class BulkInsertMain {

    static final int LARGER = 1_000;

    private BulkInsertMain() {}

    /** A row as the database holds it after an approach ran. */
    record Row(long id, String name, int age, String grade) {
        @Override
        public String toString() {
            return name + " (id " + id + ", " + age + ", " + grade + ")";
        }
    }

    public static void main(String[] args) {
        if (Weaving.rerunWoven(args)) return; // an IDE compiled the entities: woven now, and the main ran again
        var database = DatabaseSettings.fromEnvironment();
        var postgres = database.kind() == DatabaseSettings.Kind.POSTGRES;
        var approaches = ChapterApproach.runningOn(Approach.class, database.kind());
        var notHere = ChapterApproach.notRunningOn(Approach.class, database.kind());
        System.out.println("Chapter 02, bulk insert, on " + database.describe() + ". Batch size "
                + BulkInsert.BATCH_SIZE + " for every batched approach (the increment of students_seq).");
        if (!notHere.isEmpty()) {
            System.out.println("Not run here, PostgreSQL only: " + notHere + ". Add -Ppostgres to see them.");
        }

        System.out.println();
        System.out.println("== George, Helen and Isaac, with each approach in a fresh database");
        for (var approach : approaches) {
            try (var db = ChapterDatabase.open()) {
                var inserter = approach.on(db); // its factory started here, before the recording
                var wire = onTheWire(
                        postgres, () -> db.recorder().record(() -> inserter.insert(NewStudent.fromTheTutorial())));
                var recording = wire.result();
                System.out.println();
                System.out.println(approach + ": " + recording.result() + " rows, " + counts(recording));
                System.out.println(recording.describe());
                if (approach == Approach.POSTGRES_COPY) {
                    System.out.println("  copy students (id, name, age, grade) from stdin  [the driver's CopyManager,"
                            + " not a JDBC statement: the recorder cannot see it]");
                }
                if (postgres) {
                    System.out.println("  on the wire, the server was asked to execute: "
                            + inserts(wire.rowsPerInsert(approach.valuesPerRow())));
                }
                System.out.println(rowsAfterwards(db, approach));
            }
        }

        System.out.println();
        System.out.printf("== %,d students, with each approach in a fresh database%n%n", LARGER);
        System.out.printf(
                "%-38s %6s %6s %8s %8s %9s%s%n",
                "approach", "rows", "JDBC", "INSERTs", "batches", "sequence", postgres ? "  on the wire" : "");
        for (var approach : approaches) {
            try (var db = ChapterDatabase.open()) {
                var inserter = approach.on(db);
                var wire = onTheWire(
                        postgres, () -> db.recorder().record(() -> inserter.insert(NewStudent.generated(LARGER))));
                var recording = wire.result();
                System.out.printf(
                        "%-38s %,6d %,6d %,8d %,8d %,9d%s%n",
                        approach,
                        recording.result(),
                        recording.count(),
                        recording.singleInserts(),
                        recording.insertBatches().size(),
                        recording.sequenceCalls(),
                        postgres
                                ? String.format(
                                        " %,13d",
                                        wire.rowsPerInsert(approach.valuesPerRow())
                                                .size())
                                : "");
            }
        }
        System.out.println("(JDBC: statement executions; INSERTs: single INSERTs; batches: batched INSERTs, 50 rows"
                + " each; sequence: calls of students_seq"
                + (postgres ? "; on the wire: the INSERTs the server executed, from the driver's log)" : ")"));

        System.out.println();
        System.out.println("== 120 students, the 76th of them the tutorial's Invalid Student (age -1), with each"
                + " approach in a fresh database");
        // Hibernate and EclipseLink log each failed statement at WARN; here the exception itself is the lesson.
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
        for (var approach : approaches) {
            try (var db = ChapterDatabase.open()) {
                System.out.println();
                System.out.println(approach + ":");
                try {
                    approach.on(db).insert(NewStudent.generatedWithInvalidAt(120, 75));
                    System.out.println("  no error?");
                } catch (BulkInsertException e) {
                    System.out.println("  " + e.getMessage());
                }
                System.out.println(rowsAfterwards(db, approach));
            }
        }
    }

    /** The work, and on PostgreSQL what the driver sent for it (below the recorder); on H2 nothing is captured. */
    static <T> PostgresWire.Capture<T> onTheWire(boolean postgres, Supplier<T> work) {
        return postgres ? PostgresWire.capture(work) : new PostgresWire.Capture<>(work.get(), List.of());
    }

    /** "3 INSERTs of 1 row each", "2 INSERTs of 2 + 1 rows", "no INSERT". */
    static String inserts(List<Integer> rowsPerInsert) {
        if (rowsPerInsert.isEmpty()) {
            return "no INSERT";
        }
        var count = rowsPerInsert.size() + (rowsPerInsert.size() == 1 ? " INSERT" : " INSERTs");
        return rowsPerInsert.stream().allMatch(rows -> rows == 1)
                ? count + " of 1 row" + (rowsPerInsert.size() == 1 ? "" : " each")
                : count + " of " + rowsPerInsert.stream().map(String::valueOf).collect(Collectors.joining(" + "))
                        + " rows";
    }

    /** What a recording holds, in the terms of this chapter. */
    static String counts(Recording<?> recording) {
        return recording.count() + " JDBC statements: " + recording.sequenceCalls() + " sequence, "
                + recording.singleInserts() + " single INSERT, batches " + recording.insertBatchSizes();
    }

    /** The rows in the approach's table, read back with a query of their own (not recorded as the approach's). */
    static String rowsAfterwards(Database db, Approach approach) {
        var rows = rows(db, approach.table());
        return "  rows in " + approach.table() + " afterwards: "
                + (rows.isEmpty() ? "none" : rows.stream().map(Row::toString).collect(Collectors.joining(", ")));
    }

    static List<Row> rows(Database db, String table) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select id, name, age, grade from " + table + " order by id")
                        .map((rs, ctx) -> new Row(
                                rs.getLong("id"), rs.getString("name"), rs.getInt("age"), rs.getString("grade")))
                        .list());
    }
}
