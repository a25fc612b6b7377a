package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.events.Rows.Audit;
import dev.ajp.events.Rows.StudentRow;
import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.ConnectionAction;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.RecordedStatement;
import dev.ajp.kit.StatementKind;
import dev.ajp.model.Student;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every approach that runs on the database the build selects (H2, or PostgreSQL with -Ppostgres), each test in a fresh
 * database: when its hooks run, what it writes, what the application holds afterwards, the statements it sends
 * ({@link ExpectedSql}), and what it leaves after a refusal.
 */
class InsertStudentsTest {

    static final DatabaseSettings.Kind DATABASE =
            DatabaseSettings.fromEnvironment().kind();

    static Stream<Approach> everyApproachHere() {
        return ChapterApproach.runningOn(Approach.class, DATABASE).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyApproachHere")
    void kevinsTimelineShowsWhenEachHookRanBetweenTheCallsAndTheSql(Approach approach) {
        try (var db = ChapterDatabase.setup(approach).open()) {
            var inserter = approach.on(db);

            var recorded = Timeline.record(db.recorder(), () -> inserter.insert(List.of(NewStudent.kevin())));

            assertThat(Rows.withTables(recorded))
                    .as(recorded.describe())
                    .containsExactlyElementsOf(ExpectedSql.kevinTimeline(approach));
            var written = approach.hooks() == Hooks.NONE ? "  kevin " : "Kevin";
            assertThat(Rows.students(db)).containsExactly(new StudentRow(1, written));
            assertThat(recorded.result())
                    .containsExactly(new InsertedStudent(
                            1, ExpectedSql.applicationSeesWhatTheDatabaseWrote(approach) ? written : "  kevin "));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyApproachHere")
    void writesEveryStudentAndItsAuditRowWithTheStatementsItsExpectationSays(Approach approach) {
        var n = 120; // two full batches and a partial one
        var students = NewStudent.generated(n);
        try (var db = ChapterDatabase.setup(approach).open()) {
            var inserter = approach.on(db);
            var before = Instant.now();

            var recording = db.recorder().record(() -> inserter.insert(students));

            var hooked = approach.hooks() != Hooks.NONE;
            var names = IntStream.rangeClosed(1, n)
                    .mapToObj(i -> String.format(hooked ? "Student %05d" : " student %05d ", i))
                    .toList();
            var rows = IntStream.rangeClosed(1, n)
                    .mapToObj(i -> new StudentRow(i, names.get(i - 1)))
                    .toList();
            assertThat(Rows.students(db)).containsExactlyElementsOf(rows);
            assertThat(Rows.auditWithoutTime(db))
                    .containsExactlyElementsOf(
                            hooked
                                    ? IntStream.rangeClosed(1, n)
                                            .mapToObj(i -> new Audit(i, "INSERT"))
                                            .toList()
                                    : List.of());
            assertThat(Rows.audit(db))
                    .allSatisfy(row -> assertThat(row.auditedAt())
                            .isBetween(
                                    before.minus(Duration.ofMinutes(1)),
                                    Instant.now().plus(Duration.ofMinutes(1))));
            assertThat(recording.result())
                    .extracting(InsertedStudent::name)
                    .containsExactlyElementsOf(
                            ExpectedSql.applicationSeesWhatTheDatabaseWrote(approach)
                                    ? names
                                    : students.stream().map(NewStudent::name).toList());

            var expected = ExpectedSql.counts(approach, n);
            var inserts = recording.statements().stream()
                    .filter(s -> s.kind() == StatementKind.INSERT)
                    .toList();
            assertThat(batchSizes(inserts, false)).as("student batches").isEqualTo(expected.studentBatches());
            assertThat(singles(inserts, false)).as("single student INSERTs").isEqualTo(expected.singleStudents());
            assertThat(batchSizes(inserts, true)).as("audit batches").isEqualTo(expected.auditBatches());
            assertThat(singles(inserts, true)).as("single audit INSERTs").isEqualTo(expected.singleAudits());
            assertThat(recording.count(StatementKind.SELECT)).as("SELECTs").isEqualTo(expected.selects());
            assertThat(recording.sequenceCalls()).isEqualTo(ExpectedSql.sequenceCalls(n));
            assertThat(recording.count()).as("nothing else").isEqualTo(expected.total(n));
            assertThat(recording.events())
                    .extracting(e -> e.outline())
                    .containsExactly("setAutoCommit(false)", "commit", "setAutoCommit(true)");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyApproachHere")
    void aBlankNameIsRefusedWithAClearErrorAndNothingOfTheTransactionRemains(Approach approach) {
        var students = List.of(NewStudent.kevin(), new NewStudent("   ", 20, "A"));
        try (var db = ChapterDatabase.setup(approach).open()) {
            var inserter = approach.on(db);

            if (approach.hooks() == Hooks.NONE) {
                // No hook, no rule: the blank name goes in as it is.
                assertThat(inserter.insert(students))
                        .extracting(InsertedStudent::name)
                        .containsExactly("  kevin ", "   ");
                assertThat(Rows.students(db)).extracting(StudentRow::name).containsExactly("  kevin ", "   ");
                return;
            }
            assertThatThrownBy(() -> inserter.insert(students))
                    .isInstanceOf(StudentInsertException.class)
                    .hasMessageStartingWith("None of the 2 students were inserted, the transaction was rolled back: ")
                    .hasMessageContaining(StudentNames.BLANK);
            assertThat(Rows.students(db)).isEmpty();
            assertThat(Rows.audit(db)).isEmpty();

            // Nothing is left half-done: the same approach inserts Kevin right after.
            assertThat(inserter.insert(List.of(NewStudent.kevin()))).hasSize(1);
            assertThat(Rows.students(db)).extracting(StudentRow::name).containsExactly("Kevin");
            assertThat(Rows.auditWithoutTime(db)).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyApproachHere")
    void aNullNameIsRefusedWithTheRulesErrorWhereverTheRuleSeesItAndNothingRemains(Approach approach) {
        var students = new ArrayList<NewStudent>();
        students.add(NewStudent.kevin());
        students.add(new NewStudent(null, 20, "A"));
        try (var db = ChapterDatabase.setup(approach).open()) {
            var inserter = approach.on(db);

            var refused = assertThatThrownBy(() -> inserter.insert(students))
                    .isInstanceOf(StudentInsertException.class)
                    .hasMessageStartingWith("None of the 2 students were inserted, the transaction was rolled back: ");
            switch (approach.hooks()) {
                // Every application hook applies StudentNames.normalise, which refuses null as it refuses blank.
                case IN_THE_APPLICATION -> refused.hasMessageEndingWith(": " + StudentNames.BLANK + ", got null");
                case IN_THE_DATABASE ->
                    refused.hasMessageEndingWith(
                            switch (DATABASE) {
                                // PostgreSQL runs the BEFORE trigger first, then checks NOT NULL: the trigger refuses.
                                case POSTGRES -> ": ERROR: " + StudentNames.BLANK;
                                // H2 checks NOT NULL before it fires a BEFORE trigger: the trigger never sees null.
                                case H2 -> ": NULL not allowed for column \"NAME\"";
                            });
                // No hook: the column's NOT NULL.
                case NONE ->
                    refused.hasMessageEndingWith(
                            switch (DATABASE) {
                                case POSTGRES ->
                                    ": ERROR: null value in column \"name\" of relation \"students\" violates"
                                            + " not-null constraint";
                                case H2 -> ": NULL not allowed for column \"NAME\"";
                            });
            }
            assertThat(Rows.students(db)).isEmpty();
            assertThat(Rows.audit(db)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyApproachHere")
    void nonAsciiNamesAreNormalisedTheSameWayByEveryHookAndBothTriggers(Approach approach) {
        var typed = List.of("  élodie ", "İsmail", "ismail", "ısmail", "ßtefan");
        // Unicode's full upper case, no language's rules: the dotless ı and the plain i both give I, ß gives SS.
        var normalised = List.of("Élodie", "İsmail", "Ismail", "Ismail", "SStefan");
        var students = typed.stream().map(name -> new NewStudent(name, 20, "A")).toList();
        try (var db = ChapterDatabase.setup(approach).open()) {

            var held = approach.on(db).insert(students);

            var written = approach.hooks() == Hooks.NONE ? typed : normalised;
            assertThat(Rows.students(db)).extracting(StudentRow::name).containsExactlyElementsOf(written);
            assertThat(held)
                    .extracting(InsertedStudent::name)
                    .containsExactlyElementsOf(
                            ExpectedSql.applicationSeesWhatTheDatabaseWrote(approach) ? written : typed);
        }
    }

    static Stream<Approach> everyApproachWithHooksHere() {
        return everyApproachHere().filter(a -> a.hooks() != Hooks.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyApproachWithHooksHere")
    void anAuditInsertThatFailsTakesItsStudentAndTheWholeTransactionWithIt(Approach approach) {
        // 60 students; the audit table refuses student 51's row, after the first 50 students and their audit rows.
        try (var db = ChapterDatabase.setup(approach).open()) {
            db.frameworks()
                    .jdbi()
                    .useHandle(h -> h.execute("alter table student_audit add constraint student_audit_refuses_51"
                            + " check (student_id <> 51)"));
            var inserter = approach.on(db);
            db.recorder().clear();

            assertThatThrownBy(() -> inserter.insert(NewStudent.generated(60)))
                    .isInstanceOf(StudentInsertException.class)
                    .hasMessageStartingWith("None of the 60 students were inserted, the transaction was rolled back: ")
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("student_audit_refuses_51"));

            var sent = db.recorder().recording();
            assertThat(sent.statements().stream()
                            .filter(RecordedStatement::succeeded)
                            .filter(s -> s.kind() == StatementKind.INSERT))
                    .as("INSERTs that succeeded before the failure")
                    .isNotEmpty();
            assertThat(sent.count(ConnectionAction.ROLLBACK)).isEqualTo(1);
            assertThat(Rows.students(db)).isEmpty();
            assertThat(Rows.audit(db)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyApproachHere")
    void aStudentTheDatabaseRejectsTakesTheWholeTransactionWithItAuditRowsIncluded(Approach approach) {
        // 60 students: the first batch of 50 (and its audit rows) is sent before the 51st, whose age is -1, fails.
        var students = new ArrayList<>(NewStudent.generated(60));
        students.set(50, new NewStudent("ivan", -1, "A"));
        try (var db = ChapterDatabase.setup(approach).open()) {
            var inserter = approach.on(db);
            db.recorder().clear();

            assertThatThrownBy(() -> inserter.insert(students))
                    .isInstanceOf(StudentInsertException.class)
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("students_age_not_negative"));

            var sent = db.recorder().recording();
            assertThat(sent.statements().stream()
                            .filter(RecordedStatement::succeeded)
                            .filter(s -> s.kind() == StatementKind.INSERT))
                    .as("INSERTs that succeeded before the failure")
                    .isNotEmpty();
            assertThat(sent.count(ConnectionAction.ROLLBACK)).isEqualTo(1);
            assertThat(Rows.students(db)).isEmpty();
            assertThat(Rows.audit(db)).isEmpty();
        }
    }

    static Stream<Approach> thePostgresApproaches() {
        return ChapterApproach.notRunningOn(Approach.class, DatabaseSettings.Kind.H2).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thePostgresApproaches")
    void thePostgresApproachRunsOnPostgresAndRefusesOtherDatabasesSayingSo(Approach approach) {
        try (var db = ChapterDatabase.setup(approach).open()) {
            if (DATABASE == DatabaseSettings.Kind.POSTGRES) {
                // @ReturnInsert: the name the trigger wrote comes back with the INSERT
                assertThat(approach.on(db).insert(List.of(NewStudent.kevin())))
                        .containsExactly(new InsertedStudent(1, "Kevin"));
            } else {
                assertThatThrownBy(() -> approach.on(db))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage(approach.label() + " runs on PostgreSQL only, not on H2. Run it with DB=postgres.");
            }
        }
    }

    @Test
    void onPostgresTheApproachesRunOnTheDriversBatchRewriteAndOnH2OnThePlainDataSource() {
        try (var db = ChapterDatabase.setup(Approach.JDBI_NO_HOOK).open()) {
            var expected = switch (DATABASE) {
                case POSTGRES -> db.frameworks(Map.of("reWriteBatchedInserts", "true"), Student.class);
                case H2 -> db.frameworks(Student.class);
            };
            assertThat(Approach.frameworks(db, Student.class)).isSameAs(expected);
        }
    }

    private static List<Integer> batchSizes(List<RecordedStatement> inserts, boolean audit) {
        return inserts.stream()
                .filter(s -> Rows.isAudit(s) == audit && s.batched())
                .map(RecordedStatement::batchSize)
                .toList();
    }

    private static long singles(List<RecordedStatement> inserts, boolean audit) {
        return inserts.stream()
                .filter(s -> Rows.isAudit(s) == audit && !s.batched())
                .count();
    }
}
