package dev.ajp.bulkinsert;

import static dev.ajp.bulkinsert.BulkInsert.BATCH_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseMessage;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.RecordedEntry;
import dev.ajp.kit.RecordedStatement;
import dev.ajp.kit.Recording;
import dev.ajp.kit.SequenceBlockIds;
import dev.ajp.kit.StatementKind;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every approach that runs on the database the build selects (H2, or PostgreSQL with -Ppostgres), each test in a
 * fresh one: what it writes, the statements and connection events it sends ({@link ExpectedSql}), what it keeps in
 * memory, and what it leaves after a failure.
 */
class BulkInsertTest {

    /** A named input, so that a test's display name says which one it ran on. */
    record Input(String name, List<NewStudent> students) {
        int size() {
            return students.size();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Input TUTORIAL = new Input("George, Helen and Isaac", NewStudent.fromTheTutorial());
    static final Input NONE = new Input("no students", List.of());
    // Two full batches and a partial one.
    static final Input HUNDRED_AND_TWENTY = new Input("120 generated students", NewStudent.generated(120));
    // Two full batches and a batch of one.
    static final Input HUNDRED_AND_ONE = new Input("101 generated students", NewStudent.generated(101));
    static final Input AWKWARD_NAMES = new Input(
            "names with quotes, tabs, backslashes, line breaks and non-ASCII letters",
            List.of(
                    new NewStudent("O'Brien", 20, "A"),
                    new NewStudent("Tab\there", 21, "B"),
                    new NewStudent("Back\\slash \\N", 22, "C"),
                    new NewStudent("Line\nbreak\r\nand more", 23, "D"),
                    new NewStudent("Zoë Łukasz 李雷", 24, "A")));

    static final DatabaseSettings.Kind DATABASE =
            DatabaseSettings.fromEnvironment().kind();

    private Database db;

    @BeforeEach
    void openAnEmptyDatabase() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    static Stream<Arguments> everyApproachHereOnEveryInput() {
        return everyApproachHereOn(TUTORIAL, NONE, HUNDRED_AND_TWENTY, HUNDRED_AND_ONE, AWKWARD_NAMES);
    }

    static Stream<Arguments> everyApproachHereOnEverySize() {
        return everyApproachHereOn(TUTORIAL, NONE, HUNDRED_AND_TWENTY, HUNDRED_AND_ONE);
    }

    static Stream<Approach> everyApproachHere() {
        return ChapterApproach.runningOn(Approach.class, DATABASE).stream();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyApproachHereOnEveryInput")
    void insertsExactlyTheGivenStudentsWithIdsInListOrder(Approach approach, Input input) {
        var inserted = approach.on(db).insert(input.students());

        assertThat(inserted).isEqualTo(input.size());
        assertThat(rowsOf(approach.table())).containsExactlyElementsOf(expectedRows(input.students()));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyApproachHereOnEverySize")
    void sendsExactlyTheStatementsAndTransactionItsExpectationSays(Approach approach, Input input) {
        var expected = ExpectedSql.of(approach, input.size(), DATABASE);

        var recording = record(approach, input);

        assertThat(recording.singleInserts()).as("single INSERTs").isEqualTo(expected.singleInserts());
        assertThat(recording.insertBatchSizes()).as("INSERT batches").isEqualTo(expected.insertBatchSizes());
        assertThat(recording.statements().stream()
                        .filter(s -> s.kind() == StatementKind.SEQUENCE)
                        .map(RecordedStatement::sql))
                .as("sequence calls")
                .containsExactlyElementsOf(expected.sequenceCalls());
        assertThat(recording.events()).extracting(RecordedEntry::outline).isEqualTo(expected.events());
        assertThat(recording.count()).as("nothing else").isEqualTo(expected.statements());
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void batchedJpaKeepsAtMostOneBatchInThePersistenceContext(JpaProvider provider) {
        var factory =
                db.frameworks(Student.class, Course.class).jpa(provider, JpaBatchedPersist.batchSettings(provider));
        var approach = new JpaBatchedPersist(factory, JpaBatchedPersist::student);

        try (var em = factory.createEntityManager()) {
            approach.insert(em, HUNDRED_AND_TWENTY.students());

            // flush() and clear() after 50 and 100; the last 20 were flushed by the commit and are still managed.
            assertThat(managedEntities(em, provider))
                    .isEqualTo(HUNDRED_AND_TWENTY.size() % BATCH_SIZE)
                    .isLessThanOrEqualTo(BATCH_SIZE);
        }
        assertThat(rowsOf("students")).hasSize(HUNDRED_AND_TWENTY.size());
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void perRowJpaKeepsEveryStudentInThePersistenceContext(JpaProvider provider) {
        var factory = db.frameworks(Student.class, Course.class).jpa(provider);
        var approach = new JpaPersistPerRow(factory);

        try (var em = factory.createEntityManager()) {
            approach.insert(em, HUNDRED_AND_TWENTY.students());

            assertThat(managedEntities(em, provider)).isEqualTo(HUNDRED_AND_TWENTY.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyApproachHere")
    void aBatchWithOneInvalidStudentFailsNamingTheConstraintAndLeavesNoRow(Approach approach) {
        // The invalid student is in the second batch of 50: the first batch has already been sent when it fails.
        var students = NewStudent.generatedWithInvalidAt(120, 75);
        var constraint = approach.table() + "_age_not_negative";
        var inserter = approach.on(db);
        db.recorder().clear();

        assertThatThrownBy(() -> inserter.insert(students))
                .isInstanceOf(BulkInsertException.class)
                .hasMessageStartingWith("None of the 120 students were inserted, the transaction was rolled back: ")
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains(constraint));
        var sent = db.recorder().recording();
        assertThat(sent.events())
                .extracting(RecordedEntry::outline)
                .containsExactly("setAutoCommit(false)", "rollback", "setAutoCommit(true)");
        assertThat(sent.failedStatements())
                .extracting(RecordedEntry::outline)
                .containsExactlyElementsOf(ExpectedSql.failedStatements(approach, DATABASE));
        assertThat(rowsOf(approach.table())).isEmpty();

        // Nothing is left half-done: the same approach works again at once.
        assertThat(inserter.insert(TUTORIAL.students())).isEqualTo(3);
        assertThat(rowsOf(approach.table())).extracting(Row::name).containsExactly("George", "Helen", "Isaac");
    }

    @Test
    void sqlBatchOutsideATransactionCommitsEachChunkOnItsOwn() {
        var students = NewStudent.generatedWithInvalidAt(120, 75);
        db.recorder().clear();

        // JdbiSqlBatch's call without the useTransaction around it: @SqlBatch then opens a transaction per chunk.
        assertThatThrownBy(() -> db.frameworks().jdbi().useHandle(handle -> {
                    try (var ids = new SequenceBlockIds(handle.getConnection(), "students_seq")) {
                        handle.attach(JdbiSqlBatch.StudentInserts.class).insert(ids.iterator(), students);
                    }
                }))
                .satisfies(e -> assertThat(DatabaseMessage.of(e).toLowerCase()).contains("students_age_not_negative"));

        // The first chunk was committed before the second one failed; its 50 students stay.
        assertThat(db.recorder().recording().events())
                .extracting(RecordedEntry::outline)
                .containsExactly(
                        "setAutoCommit(false)",
                        "commit",
                        "setAutoCommit(true)",
                        "setAutoCommit(false)",
                        "rollback",
                        "setAutoCommit(true)");
        assertThat(rowsOf("students")).hasSize(BATCH_SIZE);
    }

    static Stream<Approach> thePostgresApproaches() {
        return ChapterApproach.notRunningOn(Approach.class, DatabaseSettings.Kind.H2).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thePostgresApproaches")
    void thePostgresApproachesRunOnPostgresAndRefuseOtherDatabasesSayingSo(Approach approach) {
        if (DATABASE == DatabaseSettings.Kind.POSTGRES) {
            assertThat(approach.on(db).insert(TUTORIAL.students())).isEqualTo(3);
        } else {
            assertThatThrownBy(() -> approach.on(db))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(approach.label() + " runs on PostgreSQL only, not on H2. Run it with DB=postgres.");
        }
    }

    @Test
    void everyApproachHasANameAndALabelOfItsOwn() {
        // The benchmark report keys the labels by constant name.
        assertThat(Approach.values()).extracting(Approach::label).doesNotHaveDuplicates();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    record Row(long id, String name, int age, String grade) {}

    /** The approach built first (its factory starts outside the recording), then its insert, recorded. */
    private Recording<Integer> record(Approach approach, Input input) {
        var inserter = approach.on(db);
        return db.recorder().record(() -> inserter.insert(input.students()));
    }

    /** Every approach takes ids 1, 2, 3... in list order from a fresh database (sequence or IDENTITY alike). */
    private static List<Row> expectedRows(List<NewStudent> students) {
        var rows = new ArrayList<Row>();
        for (var i = 0; i < students.size(); i++) {
            var s = students.get(i);
            rows.add(new Row(i + 1, s.name(), s.age(), s.grade()));
        }
        return rows;
    }

    private List<Row> rowsOf(String table) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select id, name, age, grade from " + table + " order by id")
                        .map((rs, ctx) -> new Row(
                                rs.getLong("id"), rs.getString("name"), rs.getInt("age"), rs.getString("grade")))
                        .list());
    }

    /** The number of entities the EntityManager manages, asked of each provider in its own terms. */
    private static int managedEntities(EntityManager em, JpaProvider provider) {
        return switch (provider) {
            case HIBERNATE -> em.unwrap(Session.class).getStatistics().getEntityCount();
            case ECLIPSELINK ->
                em.unwrap(UnitOfWorkImpl.class).getCloneMapping().size();
        };
    }

    private static Stream<Arguments> everyApproachHereOn(Input... inputs) {
        return everyApproachHere().flatMap(a -> Stream.of(inputs).map(i -> Arguments.of(a, i)));
    }
}
