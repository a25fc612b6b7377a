package dev.ajp.bulkinsert;

import static dev.ajp.bulkinsert.BulkInsert.BATCH_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.SqlRecorder;
import dev.ajp.kit.SqlRecorder.Recording;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
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
 * Every approach on the database the build selects (H2, or PostgreSQL with -Ppostgres), each test in a fresh one:
 * what it writes, the statements it sends, what it keeps in memory, and what it leaves after a failure.
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

    static final List<Approach> PER_ROW =
            List.of(Approach.HIBERNATE_PER_ROW, Approach.ECLIPSELINK_PER_ROW, Approach.JDBI_PER_ROW);
    static final List<Approach> BATCHED = List.of(
            Approach.HIBERNATE_BATCHED,
            Approach.HIBERNATE_INSERT_MULTIPLE,
            Approach.ECLIPSELINK_BATCHED,
            Approach.JDBI_BATCH,
            Approach.JDBC_BATCH,
            Approach.JDBC_REWRITTEN_BATCH);

    private Database db;

    @BeforeEach
    void openAnEmptyDatabase() {
        db = Database.open();
        db.runScript(SampleData.SCHEMA);
        db.runScript(Approach.SCHEMA);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    static Stream<Arguments> everyApproachOnEveryInput() {
        return combine(
                Arrays.asList(Approach.values()), TUTORIAL, NONE, HUNDRED_AND_TWENTY, HUNDRED_AND_ONE, AWKWARD_NAMES);
    }

    static Stream<Arguments> perRowApproaches() {
        return combine(PER_ROW, TUTORIAL, HUNDRED_AND_TWENTY, HUNDRED_AND_ONE);
    }

    static Stream<Arguments> batchedApproaches() {
        return combine(BATCHED, TUTORIAL, HUNDRED_AND_TWENTY);
    }

    static Stream<Arguments> inputs() {
        return Stream.of(TUTORIAL, HUNDRED_AND_TWENTY, HUNDRED_AND_ONE).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("everyApproachOnEveryInput")
    void insertsExactlyTheGivenStudentsWithIdsInListOrder(Approach approach, Input input) {
        assumeRunsHere(approach);

        int inserted;
        try (var inserter = approach.on(db)) {
            inserted = inserter.insert(input.students());
        }

        assertThat(inserted).isEqualTo(input.size());
        assertThat(rowsOf(approach.table())).containsExactlyElementsOf(expectedRows(input.students()));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("perRowApproaches")
    void perRowApproachesSendOneInsertPerStudentAndOneSequenceCallPerFifty(Approach approach, Input input) {
        var recording = record(approach, input);

        assertThat(singleInserts(recording)).isEqualTo(input.size());
        assertThat(batchedInserts(recording)).isEmpty();
        assertThat(sequenceCalls(recording)).isEqualTo(blocksOfFifty(input.size()));
        assertThat(recording.count()).isEqualTo(input.size() + blocksOfFifty(input.size()));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("batchedApproaches")
    void batchedApproachesSendOneBatchAndOneSequenceCallPerFiftyStudents(Approach approach, Input input) {
        assumeRunsHere(approach);

        var recording = record(approach, input);

        assertThat(singleInserts(recording)).isZero();
        assertThat(batchedInserts(recording))
                .extracting(SqlRecorder.Statement::batchSize)
                .containsExactlyElementsOf(batchSizes(input.size()));
        assertThat(sequenceCalls(recording)).isEqualTo(blocksOfFifty(input.size()));
        assertThat(recording.count()).isEqualTo(2 * blocksOfFifty(input.size()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(names = {"HIBERNATE_BATCHED", "JDBI_BATCH", "JDBC_BATCH", "JDBC_REWRITTEN_BATCH"})
    void aLastBatchOfOneStudentIsStillSentAsABatch(Approach approach) {
        assumeRunsHere(approach);

        var recording = record(approach, HUNDRED_AND_ONE);

        assertThat(singleInserts(recording)).isZero();
        assertThat(batchedInserts(recording))
                .extracting(SqlRecorder.Statement::batchSize)
                .containsExactly(BATCH_SIZE, BATCH_SIZE, 1);
        assertThat(sequenceCalls(recording)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(names = {"HIBERNATE_INSERT_MULTIPLE", "ECLIPSELINK_BATCHED"})
    void insertMultipleAndEclipseLinkSendALastBatchOfOneStudentAsAPlainInsert(Approach approach) {
        var recording = record(approach, HUNDRED_AND_ONE);

        assertThat(batchedInserts(recording))
                .extracting(SqlRecorder.Statement::batchSize)
                .containsExactly(BATCH_SIZE, BATCH_SIZE);
        assertThat(singleInserts(recording)).isEqualTo(1);
        assertThat(sequenceCalls(recording)).isEqualTo(3);
        assertThat(recording.count()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(names = {"HIBERNATE_BATCHED", "ECLIPSELINK_BATCHED", "JDBC_BATCH"})
    void theIdsComeFromTheSequenceInTheDatabasesOwnSyntax(Approach approach) {
        var postgres = db.settings().kind() == DatabaseSettings.Kind.POSTGRES;

        var recording = record(approach, TUTORIAL);

        assertThat(recording.statements().get(0).sql())
                .isEqualTo(
                        postgres
                                ? "select nextval('students_seq')"
                                : approach == Approach.ECLIPSELINK_BATCHED
                                        ? "CALL NEXT VALUE FOR students_seq"
                                        : "select next value for students_seq");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void anIdentityKeyTurnsTheBatchedHibernateCodeIntoOneInsertPerStudent(Input input) {
        var recording = record(Approach.HIBERNATE_IDENTITY, input);

        assertThat(singleInserts(recording)).isEqualTo(input.size());
        assertThat(batchedInserts(recording)).isEmpty();
        assertThat(sequenceCalls(recording)).isZero();
        assertThat(recording.count()).isEqualTo(input.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void copySendsNoInsertStatementOnlyTheSequenceCallsForItsIds(Input input) {
        assumeRunsHere(Approach.POSTGRES_COPY);

        var recording = record(Approach.POSTGRES_COPY, input);

        assertThat(sequenceCalls(recording)).isEqualTo(blocksOfFifty(input.size()));
        assertThat(recording.count()).isEqualTo(blocksOfFifty(input.size()));
        assertThat(rowsOf("students")).hasSize(input.size());
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void batchedJpaKeepsAtMostOneBatchInThePersistenceContext(JpaProvider provider) {
        var factory = db.entityManagerFactory(
                provider, JpaBatchedPersist.batchSettings(provider), Student.class, Course.class);
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
        var factory = db.entityManagerFactory(provider, Student.class, Course.class);
        var approach = new JpaPersistPerRow(factory);

        try (var em = factory.createEntityManager()) {
            approach.insert(em, HUNDRED_AND_TWENTY.students());

            assertThat(managedEntities(em, provider)).isEqualTo(HUNDRED_AND_TWENTY.size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Approach.class)
    void aBatchWithOneInvalidStudentFailsNamingTheConstraintAndLeavesNoRow(Approach approach) {
        assumeRunsHere(approach);
        // The invalid student is in the second batch of 50: the first batch has already been sent when it fails.
        var students = NewStudent.generatedWithInvalidAt(120, 75);
        var constraint = approach.table() + "_age_not_negative";

        try (var inserter = approach.on(db)) {
            assertThatThrownBy(() -> inserter.insert(students))
                    .isInstanceOf(BulkInsertException.class)
                    .hasMessageStartingWith("None of the 120 students were inserted, the transaction was rolled back: ")
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains(constraint));
            assertThat(rowsOf(approach.table())).isEmpty();

            // Nothing is left half-done: the same approach works again at once.
            assertThat(inserter.insert(TUTORIAL.students())).isEqualTo(3);
        }
        assertThat(rowsOf(approach.table())).extracting(Row::name).containsExactly("George", "Helen", "Isaac");
    }

    @Test
    void theDriverRewritesEachBatchIntoMultiRowInsertsOfPowerOfTwoSizes() throws Exception {
        assumeRunsHere(Approach.JDBC_REWRITTEN_BATCH);
        var none = Statement.SUCCESS_NO_INFO;

        try (var rewritten = new JdbcRewrittenBatch(db)) {
            // A row of a multi-row INSERT cannot be traced back to its batch entry: the driver reports SUCCESS_NO_INFO
            // for it. A batch of 3 becomes an INSERT of 2 rows and one of 1 row; a batch of 50, INSERTs of 32, 16 and
            // 2.
            assertThat(updateCountsOfABatch(rewritten.dataSource(), 3)).containsExactly(none, none, 1);
            assertThat(updateCountsOfABatch(rewritten.dataSource(), BATCH_SIZE)).containsOnly(none);
        }
        // Without the property, every entry is its own INSERT of one row.
        assertThat(updateCountsOfABatch(db.dataSource(), BATCH_SIZE)).containsOnly(1);
    }

    @Test
    void everyApproachHasItsOwnName() {
        var labels = Arrays.stream(Approach.values()).map(Approach::label).toList();

        assertThat(labels)
                .doesNotHaveDuplicates()
                .allSatisfy(label -> assertThat(label).doesNotContain(",")); // JMH splits -p values at commas
        for (var approach : Approach.values()) {
            assertThat(Approach.named(approach.label())).isSameAs(approach);
        }
        assertThatThrownBy(() -> Approach.named("ORM magic"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JDBC batch");
    }

    /** Sends a JDBC batch of that many INSERTs, rolls it back, and returns the update counts the driver gave. */
    private static int[] updateCountsOfABatch(DataSource dataSource, int rows) throws SQLException {
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "insert into students (id, name, age, grade) values (?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            var id = 1000L;
            for (var student : NewStudent.generated(rows)) {
                insert.setLong(1, id++);
                insert.setString(2, student.name());
                insert.setInt(3, student.age());
                insert.setString(4, student.grade());
                insert.addBatch();
            }
            var counts = insert.executeBatch();
            connection.rollback();
            connection.setAutoCommit(true);
            return counts;
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    record Row(long id, String name, int age, String grade) {}

    private void assumeRunsHere(Approach approach) {
        assumeTrue(
                approach.runsOn(db.settings().kind()),
                () -> approach + " is PostgreSQL-only ("
                        + (approach == Approach.POSTGRES_COPY
                                ? "COPY"
                                : "the driver" + " property reWriteBatchedInserts")
                        + " does not exist on H2)");
    }

    private Recording<Integer> record(Approach approach, Input input) {
        try (var inserter = approach.on(db)) {
            return db.recorder().record(() -> inserter.insert(input.students()));
        }
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
        return db.jdbi()
                .withHandle(h -> h.createQuery("select id, name, age, grade from " + table + " order by id")
                        .map((rs, ctx) -> new Row(
                                rs.getLong("id"), rs.getString("name"), rs.getInt("age"), rs.getString("grade")))
                        .list());
    }

    private static int blocksOfFifty(int students) {
        return (students + BATCH_SIZE - 1) / BATCH_SIZE;
    }

    /** 50, 50, ..., and the rest. */
    private static List<Integer> batchSizes(int students) {
        return IntStream.range(0, blocksOfFifty(students))
                .map(i -> Math.min(BATCH_SIZE, students - i * BATCH_SIZE))
                .boxed()
                .toList();
    }

    private static long singleInserts(Recording<?> recording) {
        return recording.statements().stream()
                .filter(s -> s.kind() == SqlRecorder.Kind.INSERT && !s.batched())
                .count();
    }

    private static List<SqlRecorder.Statement> batchedInserts(Recording<?> recording) {
        return recording.statements().stream()
                .filter(s -> s.kind() == SqlRecorder.Kind.INSERT && s.batched())
                .toList();
    }

    private static long sequenceCalls(Recording<?> recording) {
        return recording.statements().stream()
                .filter(s -> s.sql().toLowerCase().contains("students_seq"))
                .count();
    }

    /** The number of entities the EntityManager manages, asked of each provider in its own terms. */
    private static int managedEntities(EntityManager em, JpaProvider provider) {
        return switch (provider) {
            case HIBERNATE -> em.unwrap(Session.class).getStatistics().getEntityCount();
            case ECLIPSELINK ->
                em.unwrap(UnitOfWorkImpl.class).getCloneMapping().size();
        };
    }

    private static Stream<Arguments> combine(List<Approach> approaches, Input... inputs) {
        return approaches.stream().flatMap(a -> Stream.of(inputs).map(i -> Arguments.of(a, i)));
    }
}
