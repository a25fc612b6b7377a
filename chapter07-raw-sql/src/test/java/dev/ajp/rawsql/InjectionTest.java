package dev.ajp.rawsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings.Kind;
import dev.ajp.kit.Frameworks;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.hibernate.exception.DataException;
import org.hibernate.exception.SQLGrammarException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same two inputs in every framework: the age {@code 0 OR 1=1} and the name {@code x' OR '1'='1}. Concatenated
 * into the SQL, each returns every student; bound, the name matches nobody and the age is refused by the database as
 * what it is, a string compared with a number. Then the two places where code most often goes back to building SQL:
 * a LIKE search and an IN list. Each test works in a private database of its own.
 */
class InjectionTest {

    private static final List<String> EVERYONE = ExpectedResults.everyName(SampleData.canonical());

    /** What a user might type where an age is expected: a second statement after a semicolon. */
    private static final String STACKED_DROP = "1; drop table students";

    private static final String STACKED_DELETE = "1; delete from students --";

    private Database db;
    private Frameworks frameworks;

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
        frameworks = db.frameworks(Student.class, Course.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Search.class)
    void anAgeConcatenatedIntoTheSqlReturnsEveryStudent(Search search) {
        var students = search.on(frameworks);

        var recording = db.recorder().record(() -> students.olderThanConcatenated(RawSqlMain.HOSTILE_AGE));

        assertThat(recording.result()).isEqualTo(EVERYONE);
        assertThat(recording.statements())
                .singleElement()
                .satisfies(s ->
                        assertThat(s.sql()).isEqualTo("select name from students where age > 0 OR 1=1 order by id"));
    }

    /**
     * Bound, the age is one string value, {@code '0 OR 1=1'}, and the database will not compare it with an integer
     * column: H2 tries to convert it to a number and fails, PostgreSQL finds no {@code >} between integer and varchar.
     */
    @ParameterizedTest
    @EnumSource(Search.class)
    void anAgeBoundAsAParameterIsAStringTheDatabaseRefusesToCompareWithAnInteger(Search search) {
        var students = search.on(frameworks);

        var thrown = assertThatThrownBy(() -> students.olderThanBound(RawSqlMain.HOSTILE_AGE))
                .isInstanceOf(
                        switch (search) {
                            case HIBERNATE -> postgres() ? SQLGrammarException.class : DataException.class;
                            case ECLIPSELINK -> PersistenceException.class;
                            case JDBI -> UnableToExecuteStatementException.class;
                            case JDBC -> UncheckedSqlException.class;
                        });
        thrown.rootCause()
                .hasMessageStartingWith(
                        postgres()
                                ? "ERROR: operator does not exist: integer > character varying"
                                : "Data conversion error converting \"CHARACTER VARYING to DECFLOAT\"");
        assertThat(db.recorder().recording().failedStatements())
                .singleElement()
                .satisfies(s -> assertThat(s.sql()).isEqualTo("select name from students where age > ? order by id"));
    }

    /**
     * Binding is half of it; the type is the other half. A numeric string bound where an integer is compared works on
     * H2, which converts it, and fails on PostgreSQL, which does not: parse the input first and bind an int, as the
     * chapter's {@code StudentsOlderThan.olderThan(int)} does.
     */
    @ParameterizedTest
    @EnumSource(Search.class)
    void aNumericStringBoundAgainstAnIntegerWorksOnH2AndFailsOnPostgreSQL(Search search) {
        var students = search.on(frameworks);

        if (postgres()) {
            assertThatThrownBy(() -> students.olderThanBound("20"))
                    .rootCause()
                    .hasMessageStartingWith("ERROR: operator does not exist: integer > character varying");
        } else {
            assertThat(students.olderThanBound("20")).containsExactly("Alice", "Bob", "Carol", "Eve");
        }
    }

    @ParameterizedTest
    @EnumSource(Search.class)
    void aNameConcatenatedIntoTheSqlReturnsEveryStudent(Search search) {
        var students = search.on(frameworks);

        var recording = db.recorder().record(() -> students.namedConcatenated(RawSqlMain.HOSTILE_NAME));

        assertThat(recording.result()).isEqualTo(EVERYONE);
        assertThat(recording.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.sql())
                        .isEqualTo("select name from students where name = 'x' OR '1'='1' order by id"));
    }

    @ParameterizedTest
    @EnumSource(Search.class)
    void aNameBoundAsAParameterMatchesNobody(Search search) {
        var students = search.on(frameworks);

        var recording = db.recorder().record(() -> students.namedBound(RawSqlMain.HOSTILE_NAME));

        assertThat(recording.result()).isEmpty();
        assertThat(recording.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.sql()).isEqualTo("select name from students where name = ? order by id"));
        // And a real name is still found.
        assertThat(students.namedBound("Carol")).containsExactly("Carol");
    }

    /**
     * A stacked input: a second statement after a semicolon. Both databases run what follows the semicolon as a
     * statement of its own, in every framework: each sends the text as one prepared statement, and neither H2 nor
     * PostgreSQL's driver refuses two statements in one. As typed, the rest of the query ({@code order by id}) makes
     * the second statement a syntax error; an attacker comments it out with {@code --}, and then the DROP TABLE runs
     * and is refused only because {@code student_courses} has a foreign key to the table. The framework protected
     * nothing; the schema did. The table is still there, with its rows.
     */
    @ParameterizedTest
    @EnumSource(Search.class)
    void aStackedDropTableConcatenatedIsRunAsASecondStatementAndOnlyTheForeignKeyStopsIt(Search search) {
        var students = search.on(frameworks);

        assertThatThrownBy(() -> students.olderThanConcatenated(STACKED_DROP))
                .rootCause()
                .hasMessageStartingWith(
                        postgres()
                                ? "ERROR: syntax error at or near \"order\""
                                : "Syntax error in SQL statement \"drop table students [*]order by id\"");
        assertThat(db.recorder().recording().outline()).isEqualTo(failedQuery(search));
        assertThat(db.recorder().statements().get(0).sql())
                .isEqualTo("select name from students where age > 1; drop table students order by id");
        db.recorder().clear();

        assertThatThrownBy(() -> students.olderThanConcatenated(STACKED_DROP + " --"))
                .rootCause()
                .hasMessageStartingWith(
                        postgres()
                                ? "ERROR: cannot drop table students because other objects depend on it"
                                : "Cannot drop \"STUDENTS\" because \"STUDENT_COURSES_STUDENT_FK\" depends on it");
        assertThat(db.recorder().recording().outline()).isEqualTo(failedQuery(search));
        assertThat(db.recorder().statements().get(0).sql())
                .isEqualTo("select name from students where age > 1; drop table students -- order by id");

        assertThat(everyStudentLeft()).isEqualTo(EVERYONE);
    }

    /**
     * Where no foreign key stands in the way, the second statement does its damage: {@code 1; delete from students --}
     * empties the table in every framework, on both databases. On H2 every framework returns the five names of the
     * first statement as if nothing else had happened. On PostgreSQL, Hibernate, EclipseLink and JDBC then report
     * {@code Multiple ResultSets were returned by the query.}, an error that comes after the DELETE has been committed
     * (auto-commit); Jdbi returns the five names without an error.
     */
    @ParameterizedTest
    @EnumSource(Search.class)
    void aStackedDeleteConcatenatedEmptiesTheTableEvenWhenTheCallFails(Search search) {
        var students = search.on(frameworks);

        var failsAfterTheDelete = postgres() && search != Search.JDBI;
        if (failsAfterTheDelete) {
            assertThatThrownBy(() -> students.olderThanConcatenated(STACKED_DELETE))
                    .rootCause()
                    .hasMessage("Multiple ResultSets were returned by the query.");
            assertThat(db.recorder().recording().outline()).isEqualTo(failedQuery(search));
        } else {
            assertThat(students.olderThanConcatenated(STACKED_DELETE)).isEqualTo(EVERYONE);
            assertThat(db.recorder().recording().outline()).containsExactly("select");
        }
        assertThat(db.recorder().statements().get(0).sql())
                .isEqualTo("select name from students where age > 1; delete from students -- order by id");

        assertThat(everyStudentLeft()).isEmpty();
    }

    /**
     * The same stacked inputs bound: one value each, never a statement. As an age it is a string the database refuses
     * to compare with an integer; as a name it matches nobody. One statement each, and the table keeps every row.
     */
    @ParameterizedTest
    @EnumSource(Search.class)
    void theStackedInputsBoundAreOneValueEachAndTheTableKeepsItsRows(Search search) {
        var students = search.on(frameworks);

        for (var input : List.of(STACKED_DROP, STACKED_DROP + " --", STACKED_DELETE)) {
            db.recorder().clear();
            assertThatThrownBy(() -> students.olderThanBound(input))
                    .rootCause()
                    .hasMessageStartingWith(
                            postgres()
                                    ? "ERROR: operator does not exist: integer > character varying"
                                    : "Data conversion error converting \"CHARACTER VARYING to DECFLOAT\"");
            assertThat(db.recorder().recording().outline()).isEqualTo(failedQuery(search));
            assertThat(db.recorder().statements().get(0).sql())
                    .isEqualTo("select name from students where age > ? order by id");

            var named = db.recorder().record(() -> students.namedBound(input));

            assertThat(named.result()).as(input).isEmpty();
            assertThat(named.statements())
                    .singleElement()
                    .satisfies(
                            s -> assertThat(s.sql()).isEqualTo("select name from students where name = ? order by id"));
        }
        assertThat(everyStudentLeft()).isEqualTo(EVERYONE);
    }

    /**
     * A name with an apostrophe is just a name when bound. Concatenated, its quote ends the string the code opened,
     * and what follows is not SQL: the user called O'Brien gets an error instead of himself.
     */
    @ParameterizedTest
    @EnumSource(Search.class)
    void aNameWithAnApostropheIsFoundWhenBoundAndBreaksTheSqlWhenConcatenated(Search search) {
        addStudent("O'Brien");
        var students = search.on(frameworks);

        var bound = db.recorder().record(() -> students.namedBound("O'Brien"));

        assertThat(bound.result()).containsExactly("O'Brien");
        assertThat(bound.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.sql()).isEqualTo("select name from students where name = ? order by id"));

        db.recorder().clear();
        assertThatThrownBy(() -> students.namedConcatenated("O'Brien"))
                .rootCause()
                // PostgreSQL's driver finds the unterminated string itself; H2's parser reports a syntax error.
                .hasMessageStartingWith(
                        postgres()
                                ? "Unterminated string literal started at position 47 in SQL select name from students"
                                        + " where name = 'O'Brien' order by id."
                                : "Syntax error in SQL statement \"select name from students where name = 'O'");
        assertThat(db.recorder().statements().get(0).sql())
                .isEqualTo("select name from students where name = 'O'Brien' order by id");
    }

    /**
     * A sort column and direction are SQL text, not values: they cannot be bound. Taken through the allow-list of
     * {@link SortOrder}, what the user typed only chooses among texts written in the code; the order by is the column
     * and then the id, so that equal grades come in one order.
     */
    @ParameterizedTest
    @EnumSource(Search.class)
    void aSortOrderChosenByTheUserComesThroughTheAllowList(Search search) {
        var students = search.on(frameworks);

        var byAge = db.recorder().record(() -> students.namesSortedBy("age", "desc"));
        var byGrade = db.recorder().record(() -> students.namesSortedBy(" Grade ", "ASC"));

        assertThat(byAge.result()).containsExactly("Eve", "Carol", "Alice", "Bob", "Dave");
        assertThat(byAge.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.sql()).isEqualTo("select name from students order by age desc, id"));
        assertThat(byGrade.result()).containsExactly("Alice", "Carol", "Eve", "Bob", "Dave");
        assertThat(byGrade.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.sql()).isEqualTo("select name from students order by grade asc, id"));
        assertThat(students.namesSortedBy("id", "desc")).containsExactly("Eve", "Dave", "Carol", "Bob", "Alice");
    }

    /** Anything not on the lists is refused with a message that says what is allowed, and nothing is sent. */
    @ParameterizedTest
    @EnumSource(Search.class)
    void aSortColumnOrDirectionNotOnTheListIsRefusedBeforeAnySql(Search search) {
        var students = search.on(frameworks);

        assertThatThrownBy(() -> students.namesSortedBy("age; drop table students --", "asc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot sort by \"age; drop table students --\": the columns to sort by are age, grade,"
                        + " id, name");
        assertThatThrownBy(() -> students.namesSortedBy("(select max(age) from students)", "asc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot sort by \"(select max(age) from students)\": the columns to sort by are age,"
                        + " grade, id, name");
        assertThatThrownBy(() -> students.namesSortedBy(null, "asc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot sort by \"null\": the columns to sort by are age, grade, id, name");
        assertThatThrownBy(() -> students.namesSortedBy("age", "desc; delete from students"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot sort in the direction \"desc; delete from students\": the directions are asc,"
                        + " desc");

        assertThat(db.recorder().statements()).isEmpty();
        assertThat(everyStudentLeft()).isEqualTo(EVERYONE);
    }

    /** {@code define} fills the template's {@code <age>} with the text itself: the same injection as concatenation. */
    @Test
    void jdbisDefineIsTemplatingNotBindingAndTheAgeIsInjected() {
        var jdbi = new JdbiSearch(frameworks.jdbi());

        var recording = db.recorder().record(() -> jdbi.olderThanDefined(RawSqlMain.HOSTILE_AGE));

        assertThat(recording.result()).isEqualTo(EVERYONE);
        assertThat(recording.statements())
                .singleElement()
                .satisfies(s ->
                        assertThat(s.sql()).isEqualTo("select name from students where age > 0 OR 1=1 order by id"));
    }

    /**
     * A name with an underscore, to look for. Escaped, {@code _} is a character like any other and finds only her;
     * {@code %} finds nobody; ordinary text still works.
     */
    @ParameterizedTest
    @EnumSource(Search.class)
    void aLikeSearchEscapesTheUsersWildcards(Search search) {
        addStudent("Anne_Marie");
        var students = search.on(frameworks);

        var recording = db.recorder().record(() -> students.nameContains("_"));

        assertThat(recording.result()).containsExactly("Anne_Marie");
        assertThat(recording.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.sql())
                        .isEqualTo("select name from students where name like ? escape '\\' order by id"));
        assertThat(students.nameContains("%")).isEmpty();
        assertThat(students.nameContains("li")).containsExactly("Alice");
        assertThat(students.nameContains("e_M")).containsExactly("Anne_Marie");
    }

    /** What the escaping prevents: bound as typed, {@code _} is LIKE's "any one character" and matches everyone. */
    @Test
    void unescapedTheUsersUnderscoreIsAWildcardThatMatchesEveryName() {
        addStudent("Anne_Marie");

        var unescaped = frameworks
                .jdbi()
                .withHandle(h -> h.createQuery("select name from students where name like :pattern order by id")
                        .bind("pattern", "%" + "_" + "%")
                        .mapTo(String.class)
                        .list());

        assertThat(unescaped).hasSize(EVERYONE.size() + 1);
    }

    /**
     * An IN list bound whatever its length: Hibernate and Jdbi write one {@code ?} per name, EclipseLink and JDBC bind
     * one array to {@code = any(?)}. A hostile name in the list is just a name that matches nobody.
     */
    @ParameterizedTest
    @EnumSource(Search.class)
    void anInListIsBoundOneParameterPerNameOrAsOneArray(Search search) {
        var students = search.on(frameworks);

        var recording =
                db.recorder().record(() -> students.namedAnyOf(List.of("Alice", "Eve", RawSqlMain.HOSTILE_NAME)));

        assertThat(recording.result()).containsExactly("Alice", "Eve");
        assertThat(recording.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.sql())
                        .isEqualTo(
                                switch (search) {
                                    case HIBERNATE, JDBI ->
                                        "select name from students where name in (?,?,?) order by id";
                                    case ECLIPSELINK, JDBC ->
                                        "select name from students where name = any(?) order by id";
                                }));
    }

    /**
     * An empty list: SQL has no empty {@code in ()}. Hibernate writes {@code in (null)}, which matches nothing; an
     * empty array matches nothing; Jdbi's {@code bindList} refuses it, naming the call.
     */
    @ParameterizedTest
    @EnumSource(Search.class)
    void anEmptyInListMatchesNobodyOrIsRefused(Search search) {
        var students = search.on(frameworks);

        switch (search) {
            case HIBERNATE -> {
                var recording = db.recorder().record(() -> students.namedAnyOf(List.of()));
                assertThat(recording.result()).isEmpty();
                assertThat(recording.statements())
                        .singleElement()
                        .satisfies(s -> assertThat(s.sql())
                                .isEqualTo("select name from students where name in (null) order by id"));
            }
            case ECLIPSELINK, JDBC -> assertThat(students.namedAnyOf(List.of())).isEmpty();
            case JDBI -> {
                assertThatThrownBy(() -> students.namedAnyOf(List.of()))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("argument is null or empty; this is forbidden on this call to `bindList`");
                assertThat(db.recorder().statements()).isEmpty();
            }
        }
    }

    /**
     * JPA's collection parameter, {@code in (?1)} with a List, is expanded by Hibernate and not by EclipseLink, which
     * hands the List itself to the driver. That is why {@link EclipseLinkSearch} binds an array to {@code = any(?1)}.
     */
    @Test
    void eclipseLinkDoesNotExpandACollectionParameterInNativeSql() {
        try (var em = frameworks.eclipseLink().createEntityManager()) {
            var query = em.createNativeQuery("select name from students where name in (?1) order by id")
                    .setParameter(1, List.of("Alice", "Eve"));

            assertThatThrownBy(query::getResultList)
                    .isInstanceOf(PersistenceException.class)
                    .rootCause()
                    .hasMessageStartingWith(
                            postgres()
                                    ? "Can't infer the SQL type to use for an instance of java.util.ImmutableCollections$List12."
                                    : "Data conversion error converting \"JAVA_OBJECT, CHARACTER VARYING\"");
        }
    }

    private void addStudent(String name) {
        frameworks
                .jdbi()
                .useHandle(
                        h -> h.execute("insert into students (id, name, age, grade) values (100, ?, 30, 'B')", name));
    }

    /** The one statement of a failed query, and the connection check with which EclipseLink follows a failure. */
    private static List<String> failedQuery(Search search) {
        return search == Search.ECLIPSELINK ? List.of("select failed", "select") : List.of("select failed");
    }

    /** The names in the table now, read past every framework under test. */
    private List<String> everyStudentLeft() {
        return frameworks
                .jdbi()
                .withHandle(h -> h.createQuery("select name from students order by id")
                        .mapTo(String.class)
                        .list());
    }

    private boolean postgres() {
        return db.settings().kind() == Kind.POSTGRES;
    }
}
