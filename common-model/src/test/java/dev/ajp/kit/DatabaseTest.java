package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.SampleData.Dataset;
import dev.ajp.model.Student;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The kit on the database the build selects (H2 by default, PostgreSQL with -Ppostgres). */
class DatabaseTest {

    /** A student as all three frameworks must read it. */
    record Row(long id, String name, int age, String grade, List<String> courses) {}

    private Database db;
    private Frameworks frameworks;

    @BeforeEach
    void openDatabaseWithTheCanonicalData() {
        db = Database.loaded(SampleData.canonical());
        frameworks = db.frameworks(Student.class, Course.class);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void theDatabaseIsTheOneTheSettingsSelected() throws Exception {
        var selected = DatabaseSettings.fromEnvironment().kind();

        assertThat(db.settings().kind()).isEqualTo(selected);
        try (var connection = db.dataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo(selected == DatabaseSettings.Kind.POSTGRES ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void theExampleOfTheDatabaseClassCommentRunsAndPrintsAliceAndOneSelect() {
        var printed = printedBy(() -> {
            // The example of Database's class comment, as it is written there.
            try (var db = Database.loaded(SampleData.canonical())) { // shared schema + the tutorial's rows
                var emf = db.frameworks(Student.class, Course.class).hibernate(); // started once, closed with db
                var recording = db.recorder().record(() -> {
                    try (var em = emf.createEntityManager()) {
                        return em.find(Student.class, 1L).getName();
                    }
                });
                System.out.println(recording.result() + "\n" + recording.describe()); // Alice, and the one SELECT
            }
        });

        assertThat(printed.lines()).hasSize(2).first().isEqualTo("Alice");
        assertThat(printed.lines().skip(1)).singleElement().asString().startsWith("  select ");
    }

    @Test
    void loadingLeavesNothingInTheRecorder() {
        assertThat(db.recorder().entries()).isEmpty();
        assertThat(countRows("students")).isEqualTo(5);
    }

    @Test
    void hibernateEclipseLinkAndJdbiReadTheSameRows() {
        var expected = expectedRows(SampleData.canonical());

        assertThat(readWithJpa(frameworks.hibernate())).isEqualTo(expected);
        assertThat(readWithJpa(frameworks.eclipseLink())).isEqualTo(expected);
        assertThat(db.frameworks().jdbi().withHandle(DatabaseTest::readWithJdbi))
                .isEqualTo(expected);
        assertThat(expected).extracting(Row::name).containsExactly("Alice", "Bob", "Carol", "Dave", "Eve");
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void loadingTheFiveStudentsIsOneSelect(JpaProvider provider) {
        var emf = frameworks.jpa(provider);

        var recording = db.recorder().record(() -> {
            try (var em = emf.createEntityManager()) {
                return em.createQuery("select s from Student s order by s.id", Student.class)
                        .getResultList();
            }
        });

        assertThat(recording.result()).hasSize(5);
        assertThat(recording.count()).isEqualTo(1);
        assertThat(recording.count(StatementKind.SELECT)).isEqualTo(1);
        assertThat(recording.statements().get(0).batched()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aStartedFactorySendsNothingUntilItIsUsed(JpaProvider provider) {
        var emf = frameworks.jpa(provider);

        var recording = db.recorder().record(() -> emf.createEntityManager().close());

        assertThat(recording.statements()).isEmpty();
    }

    @Test
    void loadingTheFiveStudentsWithJdbiIsOneSelect() {
        var recording = db.recorder()
                .record(() -> db.frameworks()
                        .jdbi()
                        .withHandle(handle -> handle.createQuery("select name from students order by id")
                                .mapTo(String.class)
                                .list()));

        assertThat(recording.result()).containsExactly("Alice", "Bob", "Carol", "Dave", "Eve");
        assertThat(recording.count()).isEqualTo(1);
        assertThat(recording.count(StatementKind.SELECT)).isEqualTo(1);
    }

    @Test
    void aJdbcBatchOfThreeInsertsIsOneBatchedStatementOfSizeThree() {
        var recording = db.recorder()
                .record(() -> db.frameworks().jdbi().useTransaction(handle -> {
                    var batch = handle.prepareBatch("insert into students (id, name, age, grade) values (?, ?, ?, ?)");
                    batch.add(6L, "George", 20, "A");
                    batch.add(7L, "Helen", 22, "B");
                    batch.add(8L, "Isaac", 21, "C");
                    batch.execute();
                }));

        assertThat(recording.statements()).singleElement().satisfies(statement -> {
            assertThat(statement.kind()).isEqualTo(StatementKind.INSERT);
            assertThat(statement.batched()).isTrue();
            assertThat(statement.batchSize()).isEqualTo(3);
        });
        assertThat(countRows("students")).isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void anEntityPersistedAfterTheSampleDataTakesTheNextId(JpaProvider provider) {
        var emf = frameworks.jpa(provider);
        var george = new Student("George", 20, "A");

        try (var em = emf.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(george);
            em.getTransaction().commit();
        }

        assertThat(george.getId()).isEqualTo(6L);
        assertThat(countRows("students")).isEqualTo(6);
    }

    @Test
    void runningTheSchemaScriptAgainLeavesEmptyTablesAndFreshSequences() {
        assertThat(countRows("students")).isEqualTo(5);

        db.runScript(SampleData.SCHEMA);

        assertThat(countRows("students")).isZero();
        assertThat(countRows("courses")).isZero();
        assertThat(countRows("student_courses")).isZero();
        SampleData.insert(db.dataSource(), SampleData.canonical());
        assertThat(db.frameworks().jdbi().withHandle(DatabaseTest::readWithJdbi))
                .isEqualTo(expectedRows(SampleData.canonical()));
    }

    @Test
    void eachDatabaseIsPrivate() {
        try (var other = Database.setup().sharedSchema().open()) {

            long students = other.frameworks()
                    .jdbi()
                    .withHandle(h -> h.createQuery("select count(*) from students")
                            .mapTo(Long.class)
                            .one());

            assertThat(students).isZero();
        }
        assertThat(countRows("students")).isEqualTo(5);
    }

    @Test
    void theSchemaRejectsANegativeAgeNamingTheConstraint() {
        assertThatThrownBy(() -> db.frameworks()
                        .jdbi()
                        .useHandle(h -> h.execute(
                                "insert into students (id, name, age, grade) values (?, ?, ?, ?)",
                                9L,
                                "Invalid Student",
                                -1,
                                "C")))
                .satisfies(e -> assertThat(e.getMessage().toLowerCase()).contains("students_age_not_negative"));
        assertThat(countRows("students")).isEqualTo(5);
    }

    @Test
    void hibernateValidatesItsMappingAgainstTheSchema() {
        assertThatThrownBy(() ->
                        db.frameworks(Student.class, Course.class, Ghost.class).hibernate())
                .isInstanceOf(PersistenceException.class)
                .rootCause()
                .hasMessageContaining("ghosts");
    }

    @Test
    void theEntitiesAreWovenForEclipseLink() {
        assertThat(PersistenceWeaved.class).isAssignableFrom(Student.class).isAssignableFrom(Course.class);
    }

    @Test
    void withoutResultReuseSwitchesOffH2sCacheOfTheLastResultAndNothingElse() throws Exception {
        try (var measured = Database.setup()
                .withoutResultReuse()
                .data(SampleData.canonical())
                .open()) {
            assertThat(measured.recorder().entries()).isEmpty();
            if (measured.settings().kind() == DatabaseSettings.Kind.H2) {
                assertThat(reusesResults(db)).as("H2's default").isTrue();
                assertThat(reusesResults(measured)).isFalse();

                // What the Javadoc warns of: with the reuse, an uncorrelated IN subquery runs once per statement (one
                // call per student); without it, again for every row tested (at least one call per student per row).
                var students = count(db, "students");
                var rows = count(db, "student_courses");
                assertThat(subqueryCallsOfOneInQuery(db)).isEqualTo(students);
                assertThat(subqueryCallsOfOneInQuery(measured)).isGreaterThanOrEqualTo(students * rows);
            }
            int students = measured.frameworks()
                    .jdbi()
                    .withHandle(handle -> handle.createQuery("select count(*) from students")
                            .mapTo(Integer.class)
                            .one());
            assertThat(students).isEqualTo(SampleData.canonical().students().size());
        }
    }

    /** An H2 function that counts its calls: in a subquery's WHERE, one call per student the subquery reads. */
    public static final class CountedIdentity {
        static final AtomicLong CALLS = new AtomicLong();

        private CountedIdentity() {}

        public static long of(long id) {
            CALLS.incrementAndGet();
            return id;
        }
    }

    private static long subqueryCallsOfOneInQuery(Database database) {
        return database.frameworks().jdbi().withHandle(handle -> {
            handle.execute("create alias if not exists counted_identity deterministic for '"
                    + CountedIdentity.class.getName() + ".of'");
            CountedIdentity.CALLS.set(0);
            handle.createQuery("select count(*) from student_courses where student_id in "
                            + "(select id from students where counted_identity(id) = id)")
                    .mapTo(Long.class)
                    .one();
            return CountedIdentity.CALLS.get();
        });
    }

    private static long count(Database database, String table) {
        return database.frameworks()
                .jdbi()
                .withHandle(handle -> handle.createQuery("select count(*) from " + table)
                        .mapTo(Long.class)
                        .one());
    }

    /** H2's own flag, read from the engine: no INFORMATION_SCHEMA view shows it. */
    private static boolean reusesResults(Database database) throws Exception {
        try (var connection = database.dataSource().getConnection()) {
            var session = (org.h2.engine.SessionLocal)
                    connection.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
            return session.getDatabase().getOptimizeReuseResults();
        }
    }

    @Test
    void aChaptersOwnStepsRunAfterTheDataInOrderAndLeaveNothingInTheRecorder() {
        var order = new java.util.ArrayList<String>();
        try (var opened = Database.setup()
                .data(SampleData.canonical())
                .then(d -> {
                    order.add("rows: "
                            + d.frameworks()
                                    .jdbi()
                                    .withHandle(h -> h.createQuery("select count(*) from students")
                                            .mapTo(Integer.class)
                                            .one()));
                    d.frameworks().jdbi().useHandle(h -> h.execute("delete from students where id = 5"));
                })
                .then(d -> order.add("second"))
                .open()) {
            assertThat(order).containsExactly("rows: 5", "second");
            assertThat(opened.recorder().entries()).isEmpty();
            Integer left = opened.frameworks()
                    .jdbi()
                    .withHandle(h -> h.createQuery("select count(*) from students")
                            .mapTo(Integer.class)
                            .one());
            assertThat(left).isEqualTo(4);
        }
    }

    @Test
    void anUnrecordedDatabaseRefusesToCount() {
        try (var bench = Database.setup().unrecorded().open()) {
            assertThat(bench.dataSource()).isNotSameAs(db.dataSource());
            assertThatThrownBy(bench::recorder)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("unrecorded");
        }
    }

    /** An entity whose table the schema does not have. */
    @Entity
    @Table(name = "ghosts")
    static class Ghost {
        @Id
        Long id;
    }

    private long countRows(String table) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select count(*) from " + table)
                        .mapTo(Long.class)
                        .one());
    }

    private static List<Row> expectedRows(Dataset data) {
        var rows = new ArrayList<Row>();
        for (var i = 0; i < data.students().size(); i++) {
            var s = data.students().get(i);
            rows.add(new Row(i + 1, s.name(), s.age(), s.grade(), s.courses()));
        }
        return rows;
    }

    private static List<Row> readWithJpa(EntityManagerFactory emf) {
        try (var em = emf.createEntityManager()) {
            return em.createQuery("select s from Student s order by s.id", Student.class).getResultList().stream()
                    .map(s -> new Row(
                            s.getId(),
                            s.getName(),
                            s.getAge(),
                            s.getGrade(),
                            s.getCourses().stream().map(Course::getCourseName).toList()))
                    .toList();
        }
    }

    private static List<Row> readWithJdbi(Handle handle) {
        var courses = new LinkedHashMap<Long, List<String>>();
        handle.createQuery("""
                        select sc.student_id, c.course_name
                          from student_courses sc
                          join courses c on c.id = sc.course_id
                         order by sc.student_id, c.id""")
                .map((rs, ctx) -> Map.entry(rs.getLong("student_id"), rs.getString("course_name")))
                .forEach(e -> courses.computeIfAbsent(e.getKey(), id -> new ArrayList<>())
                        .add(e.getValue()));
        return handle.createQuery("select id, name, age, grade from students order by id")
                .map((rs, ctx) -> new Row(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getInt("age"),
                        rs.getString("grade"),
                        courses.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** What {@code printing} writes to {@code System.out} (the chapters use test-support's Console for this). */
    private static String printedBy(Runnable printing) {
        var out = new java.io.ByteArrayOutputStream();
        var console = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            printing.run();
        } finally {
            System.setOut(console);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
