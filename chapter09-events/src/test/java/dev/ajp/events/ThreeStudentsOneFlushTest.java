package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.events.Rows.Audit;
import dev.ajp.events.Rows.StudentRow;
import dev.ajp.kit.StatementKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tutorial's question for three new objects in one flush, asked of every approach whose hooks run in the
 * application: in what order do the "before insert" hooks, the INSERTs and the "after insert" hooks run? SQLAlchemy
 * 1.4 runs every {@code before_insert}, then the three INSERTs, then every {@code after_insert}
 * ({@code sqlalchemy/output/*}{@code /ch09.txt}). Here George, Helen and Isaac, typed carelessly, are inserted in one
 * call: each JPA approach persists the three and flushes once ({@link JpaPersist}), the Jdbi DAO sends one batch of
 * each kind ({@link JdbiDao}).
 *
 * <p>Each timeline line is the application's call or the hook's note ({@link Timeline}), a connection event, or a
 * statement written as its kind and table, with {@code [batch of n]} when it went as one JDBC batch. The recorder sees a
 * statement when the driver executes it: a row a framework holds in a JDBC batch shows up when the batch is sent.
 */
class ThreeStudentsOneFlushTest {

    private static final List<NewStudent> THREE = List.of(
            new NewStudent(" george", 20, "A"), new NewStudent("helen ", 22, "B"), new NewStudent("  isaac ", 21, "C"));

    static Stream<Approach> hooksInTheApplication() {
        return Stream.of(Approach.values()).filter(a -> a.hooks() == Hooks.IN_THE_APPLICATION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hooksInTheApplication")
    void threeStudentsInOneFlushRunTheirHooksAndStatementsInTheOrderEachFrameworkGives(Approach approach) {
        try (var db = ChapterDatabase.setup(approach).open()) {
            var inserter = approach.on(db);

            var recorded = Timeline.record(db.recorder(), () -> inserter.insert(THREE));

            var timeline = outline(recorded);
            var expected = expectedTimeline(approach);
            assertThat(expected.stream().mapToInt(Segment::size).sum())
                    .as(recorded.describe())
                    .isEqualTo(timeline.size());
            var from = 0;
            for (var segment : expected) {
                var lines = timeline.subList(from, from + segment.size());
                if (segment.anyOrder()) {
                    assertThat(chunks(lines, segment.groups().get(0).size()))
                            .as(recorded.describe())
                            .containsExactlyInAnyOrderElementsOf(segment.groups());
                } else {
                    assertThat(lines)
                            .as(recorded.describe())
                            .containsExactlyElementsOf(segment.groups().get(0));
                }
                from += segment.size();
            }
            // Ids come from the sequence at persist(), in list order, whatever order the rows are written in.
            assertThat(Rows.students(db))
                    .containsExactly(
                            new StudentRow(1, "George"), new StudentRow(2, "Helen"), new StudentRow(3, "Isaac"));
            assertThat(Rows.auditWithoutTime(db))
                    .containsExactly(new Audit(1, "INSERT"), new Audit(2, "INSERT"), new Audit(3, "INSERT"));
            assertThat(recorded.result()).extracting(InsertedStudent::name).containsExactly("George", "Helen", "Isaac");
        }
    }

    /**
     * The rule each approach follows, as the timeline it gives. Segments follow one another; inside an {@code anyOrder}
     * segment, its groups come in an order the framework does not fix, each group's lines in order.
     */
    private static List<Segment> expectedTimeline(Approach approach) {
        return switch (approach) {
            // JPA callbacks run inside each persist(), in the order of the calls, the listener class before the
            // entity's own method: every "before insert" is done before the flush starts. At the flush Hibernate sends
            // the three students as one JDBC batch and then their audit rows (the element collection) as another.
            // Nothing runs after an INSERT.
            case HIBERNATE_JPA_CALLBACKS ->
                List.of(inOrder(
                        "setAutoCommit(false)",
                        "persist() called",
                        "sequence",
                        "audit entry added for ' george' (@EntityListeners)",
                        "About to insert George (@PrePersist)",
                        "persist() called",
                        "audit entry added for 'helen ' (@EntityListeners)",
                        "About to insert Helen (@PrePersist)",
                        "persist() called",
                        "audit entry added for '  isaac ' (@EntityListeners)",
                        "About to insert Isaac (@PrePersist)",
                        "flush",
                        "insert students [batch of 3]",
                        "insert student_audit [batch of 3]",
                        "commit",
                        "commit",
                        "setAutoCommit(true)"));
            // The same callbacks at the same moments on EclipseLink. At the flush it writes each student and then its
            // audit row: the statement text changes at every row, so no JDBC batch holds more than one row and each
            // goes as a single INSERT. (Which student is written first is EclipseLink's choice, see below; the
            // statements look the same whatever it is.)
            case ECLIPSELINK_JPA_CALLBACKS ->
                List.of(inOrder(
                        "persist() called",
                        "sequence",
                        "audit entry added for ' george' (@EntityListeners)",
                        "About to insert George (@PrePersist)",
                        "persist() called",
                        "audit entry added for 'helen ' (@EntityListeners)",
                        "About to insert Helen (@PrePersist)",
                        "persist() called",
                        "audit entry added for '  isaac ' (@EntityListeners)",
                        "About to insert Isaac (@PrePersist)",
                        "flush",
                        "setAutoCommit(false)",
                        "insert students",
                        "insert student_audit",
                        "insert students",
                        "insert student_audit",
                        "insert students",
                        "insert student_audit",
                        "commit",
                        "commit",
                        "setAutoCommit(true)"));
            // Hibernate's listeners run at the flush, one student at a time in persist order: its pre-insert listener,
            // then (the student's INSERT added to the JDBC batch) its post-insert listener, whose audit INSERT goes to
            // the database at once. The batch of three students is sent at the end of the flush, after every hook and
            // every audit row: "before" and "after" alternate per student, and the rows reach the database audit
            // first.
            case HIBERNATE_EVENT_LISTENER ->
                List.of(inOrder(
                        "setAutoCommit(false)",
                        "persist() called",
                        "sequence",
                        "persist() called",
                        "persist() called",
                        "flush",
                        "About to insert George (PreInsertEventListener)",
                        "Inserted student 1, writing its audit row (PostInsertEventListener)",
                        "insert student_audit",
                        "About to insert Helen (PreInsertEventListener)",
                        "Inserted student 2, writing its audit row (PostInsertEventListener)",
                        "insert student_audit",
                        "About to insert Isaac (PreInsertEventListener)",
                        "Inserted student 3, writing its audit row (PostInsertEventListener)",
                        "insert student_audit",
                        "insert students [batch of 3]",
                        "commit",
                        "commit",
                        "setAutoCommit(true)"));
            // EclipseLink runs every preInsert first, while it computes the flush's changes and before it begins the
            // database transaction, as SQLAlchemy runs every before_insert first. Then, one student at a time, the
            // INSERT and its postInsert, whose audit INSERT pushes the student's (held in the JDBC batch) to the
            // database just before its own: "after" is per student, not after all three. EclipseLink fixes neither
            // order: it walks the new objects in IdentityHashMap order (UnitOfWorkImpl.calculateChanges for the
            // preInsert events, CommitManager.commitNewObjectsForClassWithChangeSet for the INSERTs), which is not the
            // persist order and changes from run to run.
            case ECLIPSELINK_DESCRIPTOR_LISTENER ->
                List.of(
                        inOrder("persist() called", "sequence", "persist() called", "persist() called", "flush"),
                        anyOrder(
                                List.of("About to insert George (DescriptorEventAdapter.preInsert)"),
                                List.of("About to insert Helen (DescriptorEventAdapter.preInsert)"),
                                List.of("About to insert Isaac (DescriptorEventAdapter.preInsert)")),
                        inOrder("setAutoCommit(false)"),
                        anyOrder(eclipseLinkPostInsert(1), eclipseLinkPostInsert(2), eclipseLinkPostInsert(3)),
                        inOrder("commit", "commit", "setAutoCommit(true)"));
            // Plain code in front of the batches: the DAO normalises each student as it binds it, all three before
            // execute() sends one batch of students and one of audit rows. Nothing runs after an INSERT.
            case JDBI_DAO ->
                List.of(inOrder(
                        "setAutoCommit(false)",
                        "sequence",
                        "About to insert George (the DAO's own code)",
                        "About to insert Helen (the DAO's own code)",
                        "About to insert Isaac (the DAO's own code)",
                        "execute() called",
                        "insert students [batch of 3]",
                        "insert student_audit [batch of 3]",
                        "commit",
                        "commit",
                        "setAutoCommit(true)"));
            case HIBERNATE_NO_HOOK,
                    ECLIPSELINK_NO_HOOK,
                    JDBI_NO_HOOK,
                    HIBERNATE_TRIGGER,
                    ECLIPSELINK_TRIGGER,
                    JDBI_TRIGGER,
                    HIBERNATE_TRIGGER_GENERATED,
                    ECLIPSELINK_TRIGGER_REFRESH,
                    JDBI_TRIGGER_RETURNING,
                    ECLIPSELINK_TRIGGER_RETURN_INSERT ->
                throw new IllegalArgumentException(approach + " has no hook in the application");
        };
    }

    private static List<String> eclipseLinkPostInsert(long id) {
        return List.of(
                "Inserted student " + id + ", writing its audit row (DescriptorEventAdapter.postInsert)",
                "insert students",
                "insert student_audit");
    }

    /** Lines that follow one another ({@code anyOrder} false: one group), or groups of one size in any order. */
    private record Segment(List<List<String>> groups, boolean anyOrder) {
        int size() {
            return groups.stream().mapToInt(List::size).sum();
        }
    }

    private static Segment inOrder(String... lines) {
        return new Segment(List.of(List.of(lines)), false);
    }

    @SafeVarargs
    private static Segment anyOrder(List<String>... groups) {
        return new Segment(Arrays.asList(groups), true);
    }

    private static List<List<String>> chunks(List<String> lines, int size) {
        var chunks = new ArrayList<List<String>>();
        for (var i = 0; i < lines.size(); i += size) {
            chunks.add(lines.subList(i, Math.min(i + size, lines.size())));
        }
        return chunks;
    }

    private static final Pattern INSERT_INTO = Pattern.compile("(?i)^\\s*insert\\s+into\\s+(\\w+)");

    /**
     * The timeline's lines in short form: notes as written, connection events as their call, statements as their kind,
     * an INSERT with its table, and {@code [batch of n]} for one sent as a JDBC batch.
     */
    private static List<String> outline(Timeline.Recorded<?> recorded) {
        var statements = recorded.recording().statements().iterator();
        var lines = new ArrayList<String>();
        for (var line : recorded.lines()) {
            if (line.source() != Timeline.Source.SQL) {
                lines.add(line.outline());
                continue;
            }
            var statement = statements.next();
            var text = statement.outline();
            if (statement.kind() == StatementKind.INSERT) {
                var table = INSERT_INTO.matcher(statement.sql());
                assertThat(table.find()).as(statement.sql()).isTrue();
                text += " " + table.group(1).toLowerCase();
            }
            lines.add(statement.batched() ? text + " [batch of " + statement.batchSize() + "]" : text);
        }
        return lines;
    }
}
