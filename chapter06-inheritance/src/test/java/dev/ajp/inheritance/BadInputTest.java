package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Logging;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.eclipse.persistence.exceptions.DescriptorException;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each framework does with rows it cannot map (a type no class has, written by another program) and with a new
 * person that lacks a required field: an error that says what is wrong, and nothing half-written.
 */
class BadInputTest {

    private Database db;

    @BeforeAll
    static void quiet() {
        // The frameworks log what they are about to throw: the tests assert the exceptions instead.
        Logging.quiet("org.hibernate.orm.jdbc.error", "org.eclipse.persistence");
    }

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static boolean h2() {
        return DatabaseSettings.fromEnvironment().kind() == DatabaseSettings.Kind.H2;
    }

    /** Jim the janitor, as another program might write him: a type that no @DiscriminatorValue names. */
    private void insertAJanitor() {
        db.frameworks().jdbi().useHandle(handle -> {
            handle.execute("insert into persons (id, type, name) values (100, 'janitor', 'Jim')");
            handle.execute("insert into joined_persons (id, type, name) values (100, 'janitor', 'Jim')");
        });
    }

    /**
     * What a framework throws when it meets Jim: from the polymorphic query, from {@code find}, and the message.
     */
    record Refusal(
            Class<? extends RuntimeException> fromQuery,
            String queryMessage,
            Class<? extends RuntimeException> fromFind,
            String findMessage) {

        Refusal(
                Class<? extends RuntimeException> fromQuery,
                Class<? extends RuntimeException> fromFind,
                String message) {
            this(fromQuery, message, fromFind, message);
        }
    }

    private static final String JANITOR_UNKNOWN =
            "The person with id 100 has the type 'janitor', which is none of [person, student, teacher]";

    private static final String ECLIPSELINK_43 =
            "Missing class for indicator field value [janitor] of type [class java.lang.String].";

    /** How each approach refuses Jim; null when it does not meet him as an unknown type. */
    static Refusal unknownType(Approach approach) {
        return switch (approach) {
            // A projection's type(p) is read as the entity query's discriminator; its find is the entity approach's.
            case HIBERNATE_SINGLE_TABLE, HIBERNATE_SINGLE_TABLE_PROJECTION ->
                new Refusal(
                        HibernateException.class,
                        HibernateException.class,
                        "Unknown discriminator value for dev.ajp.inheritance.singletable.SingleTablePerson.{discriminator}:"
                                + " janitor");
            case HIBERNATE_JOINED, HIBERNATE_JOINED_PROJECTION ->
                new Refusal(
                        HibernateException.class,
                        HibernateException.class,
                        "Unknown discriminator value for dev.ajp.inheritance.joined.JoinedPerson.{discriminator}: janitor");
            // EclipseLink-43; find throws EclipseLink's own exception, not wrapped in JPA's PersistenceException.
            case ECLIPSELINK_SINGLE_TABLE, ECLIPSELINK_JOINED, ECLIPSELINK_JOINED_WITHOUT_ORDER_BY ->
                new Refusal(PersistenceException.class, DescriptorException.class, ECLIPSELINK_43);
            // The native query's rows are mapped by PersonRow, which names the value; find is the entity approach's.
            case ECLIPSELINK_SINGLE_TABLE_PROJECTION, ECLIPSELINK_JOINED_PROJECTION ->
                new Refusal(IllegalStateException.class, JANITOR_UNKNOWN, DescriptorException.class, ECLIPSELINK_43);
            case JDBI_SINGLE_TABLE ->
                new Refusal(IllegalStateException.class, IllegalStateException.class, JANITOR_UNKNOWN);
            // Jdbi's JOINED query never reads the type: its CASE finds no teacher or student row, so Jim is a person.
            case JDBI_JOINED -> null;
            // No discriminator: the table is the class, and Jim is in none of the three.
            case HIBERNATE_TABLE_PER_CLASS,
                    HIBERNATE_TABLE_PER_CLASS_PROJECTION,
                    ECLIPSELINK_TABLE_PER_CLASS,
                    ECLIPSELINK_TABLE_PER_CLASS_PROJECTION,
                    JDBI_TABLE_PER_CLASS -> null;
        };
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void aTypeNoClassMapsIsAnErrorThatNamesIt(Approach approach) {
        insertAJanitor();
        var people = approach.on(db);
        var refusal = unknownType(approach);

        if (refusal != null) {
            assertThatThrownBy(people::all)
                    .isExactlyInstanceOf(refusal.fromQuery())
                    .hasMessageContaining(refusal.queryMessage());
            assertThatThrownBy(() -> people.find(100))
                    .isExactlyInstanceOf(refusal.fromFind())
                    .hasMessageContaining(refusal.findMessage());
        } else if (approach == Approach.JDBI_JOINED) {
            assertThat(people.find(100)).contains(new PlainPerson(100L, "Jim"));
        } else {
            assertThat(people.all()).isEqualTo(School.canonical().persons());
        }
        // A question about one subclass never meets Jim: its SQL selects that class's rows only.
        assertThat(people.teachers()).isEqualTo(School.canonical().only(Teacher.class));
    }

    /** The words of whoever refused a teacher without a subject, per approach. */
    static String missingSubjectError(Approach approach) {
        return switch (approach) {
            // Nullable column (students share it): the CHECK refuses it.
            // A projection adds as its entity approach does.
            case HIBERNATE_SINGLE_TABLE,
                    HIBERNATE_SINGLE_TABLE_PROJECTION,
                    ECLIPSELINK_SINGLE_TABLE,
                    ECLIPSELINK_SINGLE_TABLE_PROJECTION,
                    JDBI_SINGLE_TABLE -> SingleTableColumnsTest.violated("persons_teacher_has_subject");
            // @Column(nullable = false): Hibernate checks it before it sends anything.
            case HIBERNATE_JOINED, HIBERNATE_JOINED_PROJECTION ->
                "not-null property references a null or transient value for entity"
                        + " dev.ajp.inheritance.joined.JoinedTeacher.subject";
            case HIBERNATE_TABLE_PER_CLASS, HIBERNATE_TABLE_PER_CLASS_PROJECTION ->
                "not-null property references a null or transient value for entity"
                        + " dev.ajp.inheritance.tableperclass.TablePerClassTeacher.subject";
            // The NOT NULL column of the subclass table refuses it.
            case ECLIPSELINK_JOINED, ECLIPSELINK_JOINED_WITHOUT_ORDER_BY, ECLIPSELINK_JOINED_PROJECTION, JDBI_JOINED ->
                notNull("joined_teachers");
            case ECLIPSELINK_TABLE_PER_CLASS, ECLIPSELINK_TABLE_PER_CLASS_PROJECTION, JDBI_TABLE_PER_CLASS ->
                notNull("per_class_teachers");
        };
    }

    private static String notNull(String table) {
        return h2()
                ? "NULL not allowed for column \"SUBJECT\""
                : "null value in column \"subject\" of relation \"" + table + "\" violates not-null constraint";
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void aTeacherWithoutASubjectIsRefusedAndNothingOfTheTransactionIsWritten(Approach approach) {
        var people = approach.on(db);
        var grace = new PlainPerson("Grace");
        var helen = new Teacher("Helen", null);

        assertThatThrownBy(() -> people.add(List.of(grace, helen)))
                .isInstanceOf(PersonsNotAddedException.class)
                .hasMessageStartingWith("None of the 2 persons were added, the transaction was rolled back: ")
                .hasMessageContaining(missingSubjectError(approach));

        // Not even Grace, who came first, nor (JOINED) Helen's row of joined_persons.
        assertThat(people.all()).isEqualTo(School.canonical().persons());
        assertThat(rows("persons") + rows("joined_persons") + rows("joined_teachers"))
                .isEqualTo(8 + 8 + 2);
        assertThat(rows("per_class_persons") + rows("per_class_teachers")).isEqualTo(1 + 2);
    }

    private int rows(String table) {
        return db.frameworks()
                .jdbi()
                .withHandle(handle -> handle.createQuery("select count(*) from " + table)
                        .mapTo(Integer.class)
                        .one());
    }
}
