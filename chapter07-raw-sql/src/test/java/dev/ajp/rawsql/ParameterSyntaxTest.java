package dev.ajp.rawsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings.Kind;
import dev.ajp.kit.Frameworks;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which parameter markers each framework understands in raw SQL. JDBC knows only {@code ?}; every framework turns its
 * own markers into {@code ?} before the statement reaches the driver, and the recorder sees exactly that.
 */
class ParameterSyntaxTest {

    private static final String BOUND = "select name from students where age > ? order by id";
    private static final List<String> OLDER_THAN_20 = List.of("Alice", "Bob", "Carol", "Eve");

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

    @Test
    void hibernateReadsNamedOrdinalAndPlainQuestionMarkParameters() {
        var emf = frameworks.hibernate();

        assertSendsBoundAge(
                emf, "select name from students where age > :age order by id", q -> q.setParameter("age", 20));
        assertSendsBoundAge(emf, "select name from students where age > ?1 order by id", q -> q.setParameter(1, 20));
        assertSendsBoundAge(emf, BOUND, q -> q.setParameter(1, 20));
    }

    /**
     * EclipseLink reads a {@code ?} followed by a word as a parameter named by that word: {@code ?1} is the JPA
     * positional parameter 1, and {@code ?age} a parameter named {@code age}, an EclipseLink extension. A lone
     * {@code ?} is numbered in order.
     */
    @Test
    void eclipseLinkReadsOrdinalPlainQuestionMarkAndQuestionMarkNamedParameters() {
        var emf = frameworks.eclipseLink();

        assertSendsBoundAge(emf, "select name from students where age > ?1 order by id", q -> q.setParameter(1, 20));
        assertSendsBoundAge(emf, BOUND, q -> q.setParameter(1, 20));
        assertSendsBoundAge(
                emf, "select name from students where age > ?age order by id", q -> q.setParameter("age", 20));
    }

    /**
     * EclipseLink does not know {@code :age} in native SQL: it ignores {@code setParameter("age", 20)} and sends the
     * text as written, and the database rejects the colon: H2 when the statement is prepared, PostgreSQL's driver when
     * it is executed. The recorder shows both the same way: the failed SELECT, then EclipseLink checking the
     * connection with a {@code SELECT 1}.
     */
    @Test
    void eclipseLinkSendsColonAgeToTheDatabaseAsWrittenWhichRejectsIt() {
        var sql = "select name from students where age > :age order by id";
        var emf = frameworks.eclipseLink();
        db.recorder().clear();

        assertThatThrownBy(() -> names(emf, sql, q -> q.setParameter("age", 20)))
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("EclipseLink-4002")
                .rootCause()
                .hasMessageStartingWith(
                        postgres()
                                ? "ERROR: syntax error at or near \":\""
                                : "Syntax error in SQL statement \"select name from students where age > [*]:age order by id\"");
        var recording = db.recorder().recording();
        assertThat(recording.outline()).containsExactly("select failed", "select");
        assertThat(recording.failedStatements())
                .singleElement()
                .satisfies(s -> assertThat(s.sql()).isEqualTo(sql));
        assertThat(recording.statements().get(1).sql()).isEqualTo("SELECT 1");
    }

    @Test
    void jdbiReadsNamedAndPositionalParameters() {
        var jdbi = frameworks.jdbi();

        var named = db.recorder()
                .record(() ->
                        jdbi.withHandle(h -> h.createQuery("select name from students where age > :age order by id")
                                .bind("age", 20)
                                .mapTo(String.class)
                                .list()));
        var positional = db.recorder()
                .record(() -> jdbi.withHandle(h -> h.createQuery(BOUND)
                        .bind(0, 20) // Jdbi counts positions from 0, JDBC and JPA from 1
                        .mapTo(String.class)
                        .list()));

        for (var recording : List.of(named, positional)) {
            assertThat(recording.result()).isEqualTo(OLDER_THAN_20);
            assertThat(recording.statements())
                    .singleElement()
                    .satisfies(s -> assertThat(s.sql()).isEqualTo(BOUND));
        }
    }

    private void assertSendsBoundAge(EntityManagerFactory emf, String sql, Function<Query, Query> bind) {
        var recording = db.recorder().record(() -> names(emf, sql, bind));

        assertThat(recording.result()).as(sql).isEqualTo(OLDER_THAN_20);
        assertThat(recording.statements())
                .singleElement()
                .satisfies(s -> assertThat(s.sql()).isEqualTo(BOUND));
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(EntityManagerFactory emf, String sql, Function<Query, Query> bind) {
        try (var em = emf.createEntityManager()) {
            return bind.apply(em.createNativeQuery(sql)).getResultList();
        }
    }

    private boolean postgres() {
        return db.settings().kind() == Kind.POSTGRES;
    }
}
