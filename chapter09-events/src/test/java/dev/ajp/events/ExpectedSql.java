package dev.ajp.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What each approach sends, written down once per approach in exhaustive switches: a new approach does not compile
 * until its expectations are here. The same on H2 and PostgreSQL: only the texts of the statements differ (the
 * sequence call, {@code returning name}), not their order or number.
 */
final class ExpectedSql {

    private ExpectedSql() {}

    /**
     * Kevin alone into an empty database: the timeline, the application's calls and the hooks' notes between the
     * statements and connection events. An INSERT is shown with its table ({@code insert students}), so that the order
     * of the student and its audit row shows too.
     */
    static List<String> kevinTimeline(Approach approach) {
        return kevinTimeline(approach, 1);
    }

    /** {@link #kevinTimeline(Approach)} when Kevin's id is {@code id} (6 after the tutorial's five students). */
    static List<String> kevinTimeline(Approach approach, long id) {
        return switch (approach) {
            case HIBERNATE_NO_HOOK, HIBERNATE_TRIGGER, HIBERNATE_TRIGGER_GENERATED -> HIBERNATE_PLAIN;
            case ECLIPSELINK_NO_HOOK, ECLIPSELINK_TRIGGER -> ECLIPSELINK_PLAIN;
            case JDBI_NO_HOOK, JDBI_TRIGGER, JDBI_TRIGGER_RETURNING ->
                List.of(
                        "setAutoCommit(false)",
                        "sequence",
                        "execute() called",
                        "insert students",
                        "commit",
                        "commit",
                        "setAutoCommit(true)");
            // Both JPA callbacks run inside persist(), after the id was taken, the listener class first.
            case HIBERNATE_JPA_CALLBACKS ->
                List.of(
                        "setAutoCommit(false)",
                        "persist() called",
                        "sequence",
                        "audit entry added for '  kevin ' (@EntityListeners)",
                        "About to insert Kevin (@PrePersist)",
                        "flush",
                        "insert students",
                        "insert student_audit",
                        "commit",
                        "commit",
                        "setAutoCommit(true)");
            case ECLIPSELINK_JPA_CALLBACKS ->
                List.of(
                        "persist() called",
                        "sequence",
                        "audit entry added for '  kevin ' (@EntityListeners)",
                        "About to insert Kevin (@PrePersist)",
                        "flush",
                        "setAutoCommit(false)",
                        "insert students",
                        "insert student_audit",
                        "commit",
                        "commit",
                        "setAutoCommit(true)");
            // Hibernate's listeners run at flush. The student's INSERT waits in the JDBC batch while the post-insert
            // listener sends the audit row at once: the audit row reaches the database first.
            case HIBERNATE_EVENT_LISTENER ->
                List.of(
                        "setAutoCommit(false)",
                        "persist() called",
                        "sequence",
                        "flush",
                        "About to insert Kevin (PreInsertEventListener)",
                        "Inserted student " + id + ", writing its audit row (PostInsertEventListener)",
                        "insert student_audit",
                        "insert students",
                        "commit",
                        "commit",
                        "setAutoCommit(true)");
            // EclipseLink's run at flush too, preInsert before it even begins the database transaction.
            case ECLIPSELINK_DESCRIPTOR_LISTENER ->
                List.of(
                        "persist() called",
                        "sequence",
                        "flush",
                        "About to insert Kevin (DescriptorEventAdapter.preInsert)",
                        "setAutoCommit(false)",
                        "Inserted student " + id + ", writing its audit row (DescriptorEventAdapter.postInsert)",
                        "insert students",
                        "insert student_audit",
                        "commit",
                        "commit",
                        "setAutoCommit(true)");
            case JDBI_DAO ->
                List.of(
                        "setAutoCommit(false)",
                        "sequence",
                        "About to insert Kevin (the DAO's own code)",
                        "execute() called",
                        "insert students",
                        "insert student_audit",
                        "commit",
                        "commit",
                        "setAutoCommit(true)");
            // refresh: the student, and (EclipseLink, for an object it has just inserted) its courses
            case ECLIPSELINK_TRIGGER_REFRESH ->
                List.of(
                        "persist() called",
                        "sequence",
                        "flush",
                        "setAutoCommit(false)",
                        "insert students",
                        "select",
                        "select",
                        "commit",
                        "commit",
                        "setAutoCommit(true)");
            case ECLIPSELINK_TRIGGER_RETURN_INSERT -> ECLIPSELINK_PLAIN;
        };
    }

    private static final List<String> HIBERNATE_PLAIN = List.of(
            "setAutoCommit(false)",
            "persist() called",
            "sequence",
            "flush",
            "insert students",
            "commit",
            "commit",
            "setAutoCommit(true)");

    // EclipseLink takes the id at persist() and begins the database transaction only when it writes.
    private static final List<String> ECLIPSELINK_PLAIN = List.of(
            "persist() called",
            "sequence",
            "flush",
            "setAutoCommit(false)",
            "insert students",
            "commit",
            "commit",
            "setAutoCommit(true)");

    /**
     * The statements for {@code n} students, by what they are: every approach takes one sequence value per 50 students
     * and runs in one transaction; what differs is how the INSERTs travel and what else is read.
     *
     * @param students the sizes of the batches of student INSERTs, then the number of single student INSERTs
     * @param audit the same for the audit rows the application sends (the triggers' own are not JDBC statements)
     * @param selects SELECTs (reading back)
     */
    record Counts(
            List<Integer> studentBatches,
            long singleStudents,
            List<Integer> auditBatches,
            long singleAudits,
            long selects) {

        /** Every statement: the sequence calls, the INSERTs (a batch is one), the SELECTs. */
        long total(int n) {
            return sequenceCalls(n)
                    + studentBatches.size()
                    + singleStudents
                    + auditBatches.size()
                    + singleAudits
                    + selects;
        }
    }

    static long sequenceCalls(int n) {
        return (n + InsertStudents.BATCH_SIZE - 1) / InsertStudents.BATCH_SIZE;
    }

    static Counts counts(Approach approach, int n) {
        var batches = batchesOfFifty(n);
        return switch (approach) {
            case HIBERNATE_NO_HOOK,
                    ECLIPSELINK_NO_HOOK,
                    JDBI_NO_HOOK,
                    HIBERNATE_TRIGGER,
                    ECLIPSELINK_TRIGGER,
                    JDBI_TRIGGER,
                    JDBI_TRIGGER_RETURNING -> new Counts(batches, 0, List.of(), 0, 0);
            // the audit rows batched like the students
            case HIBERNATE_JPA_CALLBACKS, JDBI_DAO -> new Counts(batches, 0, batches, 0, 0);
            // EclipseLink writes each student and then its audit rows: the statement text changes at every row, and
            // no batch ever holds more than one statement (a batch of one goes as a single INSERT)
            case ECLIPSELINK_JPA_CALLBACKS, ECLIPSELINK_DESCRIPTOR_LISTENER ->
                new Counts(List.of(), n, List.of(), n, 0);
            // the listener's JDBC INSERT, once per student, beside Hibernate's batches
            case HIBERNATE_EVENT_LISTENER -> new Counts(batches, 0, List.of(), n, 0);
            case HIBERNATE_TRIGGER_GENERATED -> new Counts(List.of(), n, List.of(), 0, 0);
            case ECLIPSELINK_TRIGGER_REFRESH -> new Counts(batches, 0, List.of(), 0, 2L * n);
            // an INSERT that returns a value is not batched
            case ECLIPSELINK_TRIGGER_RETURN_INSERT -> new Counts(List.of(), n, List.of(), 0, 0);
        };
    }

    /** 50, 50, ..., and the rest. */
    static List<Integer> batchesOfFifty(int n) {
        var sizes = new ArrayList<Integer>();
        for (var left = n; left > 0; left -= InsertStudents.BATCH_SIZE) {
            sizes.add(Math.min(InsertStudents.BATCH_SIZE, left));
        }
        return Collections.unmodifiableList(sizes);
    }

    /**
     * Whether the names the application holds after the insert are the ones the database wrote. Only the approaches
     * whose triggers change the name behind the framework's back, and that do not read it back, leave the application
     * with the names it sent.
     */
    static boolean applicationSeesWhatTheDatabaseWrote(Approach approach) {
        return switch (approach) {
            case HIBERNATE_TRIGGER, ECLIPSELINK_TRIGGER, JDBI_TRIGGER -> false;
            // the baselines change nothing: what they sent is what was written
            case HIBERNATE_NO_HOOK,
                    ECLIPSELINK_NO_HOOK,
                    JDBI_NO_HOOK,
                    HIBERNATE_JPA_CALLBACKS,
                    ECLIPSELINK_JPA_CALLBACKS,
                    HIBERNATE_EVENT_LISTENER,
                    ECLIPSELINK_DESCRIPTOR_LISTENER,
                    JDBI_DAO,
                    HIBERNATE_TRIGGER_GENERATED,
                    ECLIPSELINK_TRIGGER_REFRESH,
                    JDBI_TRIGGER_RETURNING -> true;
            case ECLIPSELINK_TRIGGER_RETURN_INSERT -> true;
        };
    }
}
