package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.inheritance.tableperclass.TablePerClassStudent;
import dev.ajp.inheritance.tableperclass.TablePerClassTeacher;
import dev.ajp.kit.Database;
import dev.ajp.kit.StatementKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every approach answers every question of {@link People} the same, right way (derived from the data, not from any
 * approach), and sends exactly the statements and connection events written here for it: the chapter's claim, one
 * exhaustive switch over the approaches, on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleTest {

    /** The questions, on the tutorial's school: Ada (2) is a teacher, Alice (1) a student, Frank (8) neither. */
    enum Operation {
        ALL(People::all),
        TEACHERS(People::teachers),
        STUDENTS(People::students),
        FIND_TEACHER(people -> people.find(2)),
        FIND_STUDENT(people -> people.find(1)),
        FIND_PLAIN_PERSON(people -> people.find(8)),
        FIND_NOBODY(people -> people.find(99)),
        ADD_ONE_OF_EACH(people -> people.add(NEW_PERSONS));

        final Function<People, Object> ask;

        Operation(Function<People, Object> ask) {
            this.ask = ask;
        }
    }

    static final List<Person> NEW_PERSONS =
            List.of(new PlainPerson("Grace"), new Teacher("Helen", "Art"), new GradedStudent("Isaac", "B"));

    /**
     * The statements and connection events of each approach, for each question: the chapter's claim.
     *
     * <p>A read is SELECTs only, outside any transaction. The number of SELECTs is the lesson: one wherever the
     * provider can answer with one query; EclipseLink's JOINED polymorphic query without ORDER BY asks for the types
     * present and then each class (1 + 3 here), its JOINED {@code find} asks for the row's type first, and its
     * TABLE_PER_CLASS reads each table, for {@code find} until the row turns up: the subclass tables in an order of
     * EclipseLink's own ({@link EclipseLinkOrder}), the root's last.
     * A projection ({@code -projection}) reads with one SELECT wherever its entity approach does, and EclipseLink's
     * table per class with one where its entity query sends three; it finds and adds as its entity approach does.
     * Adding is one sequence call for the three ids, then one INSERT per row and table (JOINED: 2 for a teacher or a
     * student); EclipseLink takes the ids before it begins the transaction; Jdbi sends one batch per table.
     */
    static List<String> expectedOutline(Approach approach, Operation operation) {
        return switch (approach) {
            case HIBERNATE_SINGLE_TABLE,
                    HIBERNATE_SINGLE_TABLE_PROJECTION,
                    HIBERNATE_TABLE_PER_CLASS,
                    HIBERNATE_TABLE_PER_CLASS_PROJECTION ->
                operation == Operation.ADD_ONE_OF_EACH ? hibernateAdd("insert", "insert", "insert") : selects(1);
            case HIBERNATE_JOINED, HIBERNATE_JOINED_PROJECTION ->
                operation == Operation.ADD_ONE_OF_EACH
                        ? hibernateAdd("insert", "insert", "insert", "insert", "insert")
                        : selects(1);
            case ECLIPSELINK_SINGLE_TABLE, ECLIPSELINK_SINGLE_TABLE_PROJECTION ->
                operation == Operation.ADD_ONE_OF_EACH ? eclipseLinkAdd("insert", "insert", "insert") : selects(1);
            case ECLIPSELINK_JOINED, ECLIPSELINK_JOINED_WITHOUT_ORDER_BY, ECLIPSELINK_JOINED_PROJECTION ->
                switch (operation) {
                    case ALL -> selects(approach == Approach.ECLIPSELINK_JOINED_WITHOUT_ORDER_BY ? 1 + 3 : 1);
                    case TEACHERS, STUDENTS -> selects(1);
                    case FIND_TEACHER, FIND_STUDENT, FIND_PLAIN_PERSON -> selects(2);
                    case FIND_NOBODY -> selects(1);
                    case ADD_ONE_OF_EACH -> eclipseLinkAdd("insert", "insert", "insert", "insert", "insert");
                };
            case ECLIPSELINK_TABLE_PER_CLASS, ECLIPSELINK_TABLE_PER_CLASS_PROJECTION ->
                switch (operation) {
                    // The projection is one native SELECT over a UNION ALL; the entity query reads each table.
                    case ALL -> selects(approach == Approach.ECLIPSELINK_TABLE_PER_CLASS ? 3 : 1);
                    case TEACHERS, STUDENTS -> selects(1);
                    // The subclass tables first, in EclipseLink's own order, then the root's.
                    case FIND_TEACHER -> selects(1 + EclipseLinkOrder.tablesAskedBefore(TablePerClassTeacher.class));
                    case FIND_STUDENT -> selects(1 + EclipseLinkOrder.tablesAskedBefore(TablePerClassStudent.class));
                    case FIND_PLAIN_PERSON, FIND_NOBODY -> selects(3);
                    case ADD_ONE_OF_EACH -> eclipseLinkAdd("insert", "insert", "insert");
                };
            case JDBI_SINGLE_TABLE -> operation == Operation.ADD_ONE_OF_EACH ? jdbiAdd("insert") : selects(1);
            case JDBI_JOINED, JDBI_TABLE_PER_CLASS ->
                operation == Operation.ADD_ONE_OF_EACH ? jdbiAdd("insert", "insert", "insert") : selects(1);
        };
    }

    /** The rows in each JDBC batch of Jdbi's INSERTs, in order. */
    static List<Integer> jdbiBatchSizes(Approach approach) {
        return switch (approach.strategy()) {
            case SINGLE_TABLE -> List.of(3); // all to persons
            case JOINED -> List.of(3, 1, 1); // joined_persons, then joined_teachers and joined_students
            case TABLE_PER_CLASS -> List.of(1, 1, 1); // one row in each table
        };
    }

    private static List<String> selects(int count) {
        return Collections.nCopies(count, "select");
    }

    private static List<String> hibernateAdd(String... inserts) {
        return concat(List.of("setAutoCommit(false)", "sequence"), List.of(inserts), committed());
    }

    private static List<String> eclipseLinkAdd(String... inserts) {
        return concat(List.of("sequence", "setAutoCommit(false)"), List.of(inserts), committed());
    }

    private static List<String> jdbiAdd(String... batches) {
        return concat(List.of("setAutoCommit(false)", "sequence"), List.of(batches), committed());
    }

    private static List<String> committed() {
        return List.of("commit", "setAutoCommit(true)");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    private final School school = School.canonical();
    private final Database canonical =
            ChapterDatabase.setup().then(school::load).open();

    @AfterAll
    void close() {
        canonical.close();
    }

    static Stream<Arguments> approachesAndReads() {
        var arguments = new ArrayList<Arguments>();
        for (var approach : Approach.values()) {
            for (var operation : Operation.values()) {
                if (operation != Operation.ADD_ONE_OF_EACH) {
                    arguments.add(Arguments.of(approach, operation));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("approachesAndReads")
    void answersFromTheDataWithExactlyItsStatements(Approach approach, Operation operation) {
        var people = approach.on(canonical); // starts its framework, outside the recording

        var recording = canonical.recorder().record(() -> operation.ask.apply(people));

        assertThat(recording.result()).isEqualTo(expectedAnswer(operation));
        assertThat(recording.outline()).as(recording.describe()).isEqualTo(expectedOutline(approach, operation));
    }

    private Object expectedAnswer(Operation operation) {
        var persons = school.persons();
        return switch (operation) {
            case ALL -> persons;
            case TEACHERS -> school.only(Teacher.class);
            case STUDENTS -> school.only(GradedStudent.class);
            case FIND_TEACHER -> Optional.of(persons.get(2 - 1));
            case FIND_STUDENT -> Optional.of(persons.get(1 - 1));
            case FIND_PLAIN_PERSON -> Optional.of(persons.get(8 - 1));
            case FIND_NOBODY -> Optional.empty();
            case ADD_ONE_OF_EACH -> throw new IllegalArgumentException("not a read");
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Approach.class)
    void addsOneOfEachInOneTransactionSoThatEveryFrameworkReadsThemBack(Approach approach) {
        try (var db = ChapterDatabase.setup()
                .then(school::load)
                .open()) { // a fresh database: no ids handed out yet by any factory
            var people = approach.on(db);

            var recording = db.recorder().record(() -> people.add(NEW_PERSONS));

            assertThat(recording.outline())
                    .as(recording.describe())
                    .isEqualTo(expectedOutline(approach, Operation.ADD_ONE_OF_EACH));
            if (approach.name().startsWith("JDBI")) {
                assertThat(recording.insertBatchSizes()).isEqualTo(jdbiBatchSizes(approach));
            } else {
                assertThat(recording.singleInserts()).isEqualTo(recording.count(StatementKind.INSERT));
            }
            var added = recording.result();
            assertThat(added).extracting(Person::id).doesNotContainNull().doesNotHaveDuplicates();
            assertThat(added).extracting(p -> p.withId(0)).isEqualTo(withoutIds(NEW_PERSONS));
            // Written as every framework of the strategy expects it: each reads the new persons back, as their classes.
            var expected = new ArrayList<>(school.persons());
            expected.addAll(added);
            for (var reader : Approach.values()) {
                if (reader.strategy() == approach.strategy()) {
                    assertThat(reader.on(db).all()).as("read by " + reader).isEqualTo(expected);
                }
            }
        }
    }

    private static List<Person> withoutIds(List<Person> persons) {
        return persons.stream().map(p -> p.withId(0)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Approach.class)
    void sendsAsManyStatementsForFiveHundredPersonsAsForEight(Approach approach) {
        var generated = School.generated(500);
        try (var db = ChapterDatabase.setup().then(generated::load).open()) {
            var people = approach.on(db);

            var all = db.recorder().record(people::all);
            var students = db.recorder().record(people::students);

            assertThat(all.result()).isEqualTo(generated.persons());
            assertThat(students.result()).isEqualTo(generated.only(GradedStudent.class));
            // Statements per class present, never per row: the three classes are all there, as in the tutorial's data.
            assertThat(all.outline()).isEqualTo(expectedOutline(approach, Operation.ALL));
            assertThat(students.outline()).isEqualTo(expectedOutline(approach, Operation.STUDENTS));
        }
    }
}
