package dev.ajp.rawsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings.Kind;
import dev.ajp.kit.Frameworks;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.hibernate.QueryParameterException;
import org.hibernate.exception.SQLGrammarException;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A misspelt parameter name, a parameter never set and a syntax error, in each framework: what each one says, and
 * when. Hibernate and Jdbi check their parameters before they send anything; JDBC's drivers check theirs; EclipseLink
 * does not, and binds NULL for a parameter it was never given: on H2 the query then quietly finds nothing.
 */
class BadInputTest {

    enum Framework {
        HIBERNATE,
        ECLIPSELINK,
        JDBI,
        JDBC
    }

    private static final String POSTGRES_NULL_AS_VARCHAR =
            "ERROR: operator does not exist: integer > character varying";

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
    @EnumSource(Framework.class)
    void aMisspeltParameterName(Framework framework) {
        start(framework);
        switch (framework) {
            case HIBERNATE -> {
                assertThatThrownBy(() -> hibernate(
                                "select name from students where age > :age", q -> q.setParameter("agee", 20)))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("No parameter named ':agee' in query with named parameters [age]");
                assertThat(db.recorder().statements()).isEmpty();
            }
            case ECLIPSELINK -> {
                var sql = "select name from students where age > ?age";
                if (postgres()) {
                    assertThatThrownBy(() -> eclipseLink(sql, q -> q.setParameter("agee", 20)))
                            .isInstanceOf(PersistenceException.class)
                            .rootCause()
                            .hasMessageStartingWith(POSTGRES_NULL_AS_VARCHAR);
                } else {
                    // ?age was never set: bound as NULL, age > NULL is never true, and nothing says so.
                    var recording = db.recorder().record(() -> eclipseLink(sql, q -> q.setParameter("agee", 20)));
                    assertThat(recording.result()).isEmpty();
                    assertThat(recording.outline()).containsExactly("select");
                }
            }
            case JDBI -> {
                assertThatThrownBy(() -> jdbi("select name from students where age > :age", "agee"))
                        .isInstanceOf(UnableToCreateStatementException.class)
                        .hasMessageStartingWith("Missing named parameter 'age' in binding:{named:{agee:20}}");
                assertThat(db.recorder().statements()).isEmpty();
            }
            // JDBC has no names, only positions: the nearest mistake is a position the statement does not have.
            case JDBC ->
                assertThatThrownBy(() -> jdbc("select name from students where age > ?", s -> s.setInt(2, 20)))
                        .isInstanceOf(SQLException.class)
                        .hasMessageStartingWith(
                                postgres()
                                        ? "The column index is out of range: 2, number of columns: 1."
                                        : "Invalid value \"2\" for parameter \"parameterIndex\"");
        }
    }

    @ParameterizedTest
    @EnumSource(Framework.class)
    void aParameterNeverSet(Framework framework) {
        start(framework);
        switch (framework) {
            case HIBERNATE -> {
                assertThatThrownBy(() -> hibernate("select name from students where age > :age", q -> q))
                        .isInstanceOf(QueryParameterException.class)
                        .hasMessage("No argument for named parameter ':age'");
                assertThat(db.recorder().statements()).isEmpty();
            }
            case ECLIPSELINK -> {
                var sql = "select name from students where age > ?1";
                if (postgres()) {
                    assertThatThrownBy(() -> eclipseLink(sql, q -> q))
                            .isInstanceOf(PersistenceException.class)
                            .rootCause()
                            .hasMessageStartingWith(POSTGRES_NULL_AS_VARCHAR);
                } else {
                    var recording = db.recorder().record(() -> eclipseLink(sql, q -> q));
                    assertThat(recording.result()).isEmpty();
                    assertThat(recording.outline()).containsExactly("select");
                }
            }
            case JDBI -> {
                assertThatThrownBy(() -> db.frameworks()
                                .jdbi()
                                .withHandle(h -> h.createQuery("select name from students where age > :age")
                                        .mapTo(String.class)
                                        .list()))
                        .isInstanceOf(UnableToCreateStatementException.class)
                        .hasMessageStartingWith("Missing named parameter 'age' in binding:{}");
                assertThat(db.recorder().statements()).isEmpty();
            }
            case JDBC ->
                assertThatThrownBy(() -> jdbc("select name from students where age > ?", s -> {}))
                        .isInstanceOf(SQLException.class)
                        .hasMessageStartingWith(
                                postgres() ? "No value specified for parameter 1." : "Parameter \"#1\" is not set");
        }
    }

    /**
     * {@code form} for {@code from}. Every framework passes on the database's own message; H2 marks the spot with
     * {@code [*]}. H2 rejects the statement when it is prepared, PostgreSQL's driver prepares it only when it runs,
     * which Jdbi reports as two different exceptions.
     */
    @ParameterizedTest
    @EnumSource(Framework.class)
    void aSyntaxError(Framework framework) {
        var message = postgres()
                ? "ERROR: syntax error at or near \"students\""
                : "Syntax error in SQL statement \"select name form [*]students where age > ?\"";
        switch (framework) {
            case HIBERNATE ->
                assertThatThrownBy(() ->
                                hibernate("select name form students where age > :age", q -> q.setParameter("age", 20)))
                        .isInstanceOf(SQLGrammarException.class)
                        .rootCause()
                        .hasMessageStartingWith(message);
            case ECLIPSELINK ->
                assertThatThrownBy(() ->
                                eclipseLink("select name form students where age > ?1", q -> q.setParameter(1, 20)))
                        .isInstanceOf(PersistenceException.class)
                        .hasMessageContaining("EclipseLink-4002")
                        .rootCause()
                        .hasMessageStartingWith(message);
            case JDBI ->
                assertThatThrownBy(() -> jdbi("select name form students where age > :age", "age"))
                        .isInstanceOf(
                                postgres()
                                        ? UnableToExecuteStatementException.class
                                        : UnableToCreateStatementException.class)
                        .rootCause()
                        .hasMessageStartingWith(message);
            case JDBC ->
                assertThatThrownBy(() -> jdbc("select name form students where age > ?", s -> s.setInt(1, 20)))
                        .isInstanceOf(SQLException.class)
                        .hasMessageStartingWith(message);
        }
    }

    /**
     * Hibernate reads {@code ?age} as a JDBC-style {@code ?} followed by the text {@code age}. Its message then speaks
     * of {@code :age}, a marker the query does not contain, and says the query has no named parameters, without a
     * word about the positional one it found. Set by position, the {@code ?age} reaches the database as written.
     */
    @Test
    void hibernatesMessageForQuestionMarkAgeNamesAColonAgeTheQueryDoesNotHave() {
        start(Framework.HIBERNATE);
        var sql = "select name from students where age > ?age";

        assertThatThrownBy(() -> hibernate(sql, q -> q.setParameter("age", 20)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No parameter named ':age' in query with named parameters []");
        assertThatThrownBy(() -> hibernate(sql, q -> q.setParameter(1, 20)))
                .isInstanceOf(SQLGrammarException.class)
                .rootCause()
                .hasMessageStartingWith(
                        postgres()
                                ? "ERROR: trailing junk after parameter at or near \"$1age\""
                                : "Syntax error in SQL statement \"select name from students where age > ?[*]age\"");
    }

    /** Starts the framework's factory, if it has one, and clears the recorder: what follows is the test's own SQL. */
    private void start(Framework framework) {
        switch (framework) {
            case HIBERNATE -> frameworks.hibernate();
            case ECLIPSELINK -> frameworks.eclipseLink();
            case JDBI, JDBC -> frameworks.jdbi();
        }
        db.recorder().clear();
    }

    @SuppressWarnings("unchecked")
    private List<String> hibernate(String sql, Function<Query, Query> bind) {
        try (var em = frameworks.hibernate().createEntityManager()) {
            return bind.apply(em.createNativeQuery(sql)).getResultList();
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> eclipseLink(String sql, Function<Query, Query> bind) {
        try (var em = frameworks.eclipseLink().createEntityManager()) {
            return bind.apply(em.createNativeQuery(sql)).getResultList();
        }
    }

    private List<String> jdbi(String sql, String parameterName) {
        return frameworks
                .jdbi()
                .withHandle(h -> h.createQuery(sql)
                        .bind(parameterName, 20)
                        .mapTo(String.class)
                        .list());
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private List<String> jdbc(String sql, Parameters parameters) throws SQLException {
        try (var connection = db.dataSource().getConnection();
                var statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (var rows = statement.executeQuery()) {
                var names = new ArrayList<String>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                return names;
            }
        }
    }

    private boolean postgres() {
        return db.settings().kind() == Kind.POSTGRES;
    }
}
