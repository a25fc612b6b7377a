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
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.ResultType;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each framework makes of the rows of a native query when asked for something other than an entity: a Tuple, a
 * record, a Map. What works on one provider fails on the other, and what works on one database reads differently on
 * the other.
 */
class ResultClassTest {

    private static final String ALICE = "select id, name, age, grade from students where id = 1";

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

    /**
     * Hibernate maps a native query to a Tuple, a record or a Map. The Tuple's aliases are the labels as the database
     * reports them (upper case on H2), but {@code get} finds them in any case; the Map's keys are lower case.
     */
    @Test
    void hibernateMapsNativeRowsToATupleARecordOrAMap() {
        try (var em = frameworks.hibernate().createEntityManager()) {
            var tuple = (Tuple) em.createNativeQuery(ALICE, Tuple.class).getSingleResult();
            var record = em.createNativeQuery(ALICE, StudentRow.class).getSingleResult();
            var map = (Map<?, ?>) em.createNativeQuery(ALICE, Map.class).getSingleResult();

            assertThat(tuple.getElements())
                    .extracting(e -> e.getAlias())
                    .containsExactlyElementsOf(inCaseOf(List.of("id", "name", "age", "grade")));
            assertThat(tuple.get("name")).isEqualTo(tuple.get("NAME")).isEqualTo("Alice");
            assertThat(record).isEqualTo(new StudentRow(1, "Alice", 22, "A"));
            assertThat(map).isEqualTo(Map.of("id", 1L, "name", "Alice", "age", 22, "grade", "A"));
        }
    }

    /** EclipseLink takes any result class of a native query for an entity, and finds no mapping for it. */
    @Test
    void eclipseLinkRefusesATupleARecordAndAMapAsMissingDescriptors() {
        try (var em = frameworks.eclipseLink().createEntityManager()) {
            for (var resultClass : List.of(Tuple.class, StudentRow.class, Map.class)) {
                assertThatThrownBy(
                                () -> em.createNativeQuery(ALICE, resultClass).getResultList())
                        .isInstanceOf(PersistenceException.class)
                        .hasMessageContaining("EclipseLink-6007")
                        .hasMessageContaining("Missing descriptor for [" + resultClass + "]");
            }
        }
        // Refused before anything was sent.
        assertThat(db.recorder().statements()).isEmpty();
    }

    /**
     * EclipseLink's {@code eclipselink.result-type=Map}: keys in the database's case, which are DatabaseField objects
     * and not Strings, and a lookup that finds an upper-case name on both databases and a lower-case one on
     * PostgreSQL only. A copy into a HashMap keeps the DatabaseField keys, and finds nothing by name.
     */
    @Test
    void eclipseLinksResultTypeMapIsKeyedByDatabaseFieldsInTheDatabasesCase() {
        try (var em = frameworks.eclipseLink().createEntityManager()) {
            var row = (Map<?, ?>) em.createNativeQuery(ALICE)
                    .setHint(QueryHints.RESULT_TYPE, ResultType.Map)
                    .getSingleResult();

            assertThat(row.keySet()).allSatisfy(key -> assertThat(key).isInstanceOf(DatabaseField.class));
            assertThat(row.keySet().stream().map(Object::toString))
                    .containsExactlyElementsOf(inCaseOf(List.of("id", "name", "age", "grade")));
            assertThat(row.get("NAME")).isEqualTo("Alice");
            assertThat(row.get("name")).isEqualTo(postgres() ? "Alice" : null);
            assertThat(row.get("Name")).isNull();
            assertThat(new HashMap<>(row).get("name")).isNull();
            assertThat(new HashMap<>(row).get("NAME")).isNull();
        }
    }

    /**
     * Where the default comes from: nothing in this repository sets {@code eclipselink.jpa.uppercase-column-names}, and
     * EclipseLink 5.0 turns upper-case comparisons on when the property is absent
     * ({@code EntityManagerSetupImpl.updateCaseSensitivitySettings}; the property's Javadoc in
     * {@code PersistenceUnitProperties} lists {@code true} as the default). Set to false, the login says so.
     */
    @Test
    void upperCaseComparisonsAreEclipseLinksDefaultWhenThePropertyIsNotSet() {
        var byDefault = frameworks.eclipseLink();
        var turnedOff = frameworks.eclipseLink(Map.of("eclipselink.jpa.uppercase-column-names", "false"));

        assertThat(byDefault.getProperties()).doesNotContainKey("eclipselink.jpa.uppercase-column-names");
        assertThat(forcesUpperCase(byDefault)).isTrue();
        assertThat(forcesUpperCase(turnedOff)).isFalse();
    }

    /** Whether the unit's login compares field names in upper case; EclipseLink deploys on the first EntityManager. */
    private static boolean forcesUpperCase(EntityManagerFactory emf) {
        try (var em = emf.createEntityManager()) {
            return em.unwrap(JpaEntityManager.class)
                    .getServerSession()
                    .getLogin()
                    .shouldForceFieldNamesToUpperCase();
        }
    }

    /**
     * What makes {@code get("NAME")} portable is EclipseLink's default, {@code eclipselink.jpa.uppercase-column-names=true}:
     * it compares the columns of a row in upper case. Turned off, each database needs the case it reports.
     */
    @Test
    void withoutUpperCaseComparisonsTheResultTypeMapNeedsTheDatabasesOwnCase() {
        var emf = frameworks.eclipseLink(Map.of("eclipselink.jpa.uppercase-column-names", "false"));
        try (var em = emf.createEntityManager()) {
            var row = (Map<?, ?>) em.createNativeQuery(ALICE)
                    .setHint(QueryHints.RESULT_TYPE, ResultType.Map)
                    .getSingleResult();

            assertThat(row.get("NAME")).isEqualTo(postgres() ? null : "Alice");
            assertThat(row.get("name")).isEqualTo(postgres() ? "Alice" : null);
        }
    }

    @Test
    void jdbiMapToMapLowerCasesTheKeysOnBothDatabases() {
        var row = frameworks
                .jdbi()
                .withHandle(h -> h.createQuery(ALICE).mapToMap().one());

        assertThat(row).isEqualTo(Map.of("id", 1L, "name", "Alice", "age", 22, "grade", "A"));
        assertThat(row.keySet()).allSatisfy(key -> assertThat(key).isInstanceOf(String.class));
    }

    /**
     * Hibernate passes the columns to the record's constructor in the order of the select list. With name and grade
     * swapped in the SQL, both Strings, the record gets them swapped: no error, wrong data.
     */
    @Test
    void hibernateMapsARecordByPositionSoSwappedColumnsAreSwappedSilently() {
        try (var em = frameworks.hibernate().createEntityManager()) {
            var swapped = em.createNativeQuery(
                            "select id, grade, age, name from students where id = 1", StudentRow.class)
                    .getSingleResult();

            assertThat(swapped).isEqualTo(new StudentRow(1, "A", 22, "Alice"));
        }
    }

    /** Jdbi's constructor mapper matches by name: the order does not matter, and a missing column is an error. */
    @Test
    void jdbisConstructorMapperMatchesByNameAndRefusesAMissingColumn() {
        var jdbi = frameworks.jdbi();

        var reordered = jdbi.withHandle(h -> h.createQuery("select id, grade, age, name from students where id = 1")
                .map(ConstructorMapper.of(StudentRow.class))
                .one());
        assertThat(reordered).isEqualTo(new StudentRow(1, "Alice", 22, "A"));
        assertThatThrownBy(() -> jdbi.withHandle(h -> h.createQuery("select id, name, age from students")
                        .map(ConstructorMapper.of(StudentRow.class))
                        .list()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parameter '[grade]' has no matching columns in the result set");
    }

    private List<String> inCaseOf(List<String> lowerCase) {
        return postgres()
                ? lowerCase
                : lowerCase.stream().map(String::toUpperCase).toList();
    }

    private boolean postgres() {
        return db.settings().kind() == Kind.POSTGRES;
    }
}
