package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.inheritance.tableperclass.TablePerClassPerson;
import dev.ajp.inheritance.tableperclass.TablePerClassTeacher;
import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.RecordedStatement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.persistence.exceptions.QueryException;
import org.hibernate.MappingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Why TABLE_PER_CLASS is rarely chosen: a question about "any person" has no one table to ask. Hibernate answers it
 * over a UNION ALL of the three tables; EclipseLink asks each table on its own and concatenates the answers, and
 * some questions come back wrong without an error. Each test runs the same JPQL on both providers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TablePerClassTest {

    private static final String EVERY_PERSON_BY_ID = "select p from TablePerClassPerson p order by p.id";

    private Database db;

    @BeforeAll
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterAll
    void close() {
        db.close();
    }

    private EntityManagerFactory jpa(JpaProvider provider) {
        return db.frameworks(JpaTablePerClass.ENTITIES.toArray(Class<?>[]::new)).jpa(provider);
    }

    private <T> T inEntityManager(JpaProvider provider, Function<EntityManager, T> work) {
        var factory = jpa(provider); // started outside the recording
        return db.recorder()
                .record(() -> {
                    try (var em = factory.createEntityManager()) {
                        return work.apply(em);
                    }
                })
                .result();
    }

    private List<Long> ids(EntityManager em, String jpql) {
        return em.createQuery(jpql, TablePerClassPerson.class).getResultList().stream()
                .map(TablePerClassPerson::getId)
                .toList();
    }

    @Test
    void hibernateSortsOneUnionOfTheThreeTables() {
        var ids = inEntityManager(JpaProvider.HIBERNATE, em -> ids(em, EVERY_PERSON_BY_ID));

        var sql = db.recorder().statements();
        assertThat(sql).hasSize(1);
        assertThat(sql.get(0).sql())
                .contains("from per_class_persons union all select")
                .contains("from per_class_teachers union all select")
                .endsWith("from per_class_students) tpcp1_0 order by tpcp1_0.id");
        assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void eclipseLinkSortsEachTableOnItsOwnSoTheAnswerIsNotSorted() {
        var ids = inEntityManager(JpaProvider.ECLIPSELINK, em -> ids(em, EVERY_PERSON_BY_ID));

        var sql =
                db.recorder().statements().stream().map(RecordedStatement::sql).toList();
        // The root's table first, then the subclasses' in EclipseLink's own order (EclipseLinkOrder).
        assertThat(sql.get(0)).isEqualTo("SELECT ID, NAME FROM per_class_persons ORDER BY ID");
        assertThat(sql.subList(1, sql.size()))
                .containsExactlyInAnyOrder(
                        "SELECT ID, NAME, SUBJECT FROM per_class_teachers ORDER BY ID",
                        "SELECT ID, GRADE, NAME FROM per_class_students ORDER BY ID");
        // Each table's persons in order, one table after the other: Frank first, the whole not sorted.
        var school = School.canonical();
        var byTable = Map.of(
                "per_class_persons", school.only(PlainPerson.class),
                "per_class_teachers", school.only(Teacher.class),
                "per_class_students", school.only(GradedStudent.class));
        var expected = sql.stream()
                .map(query -> query.replaceFirst("^.* FROM (\\w+) .*$", "$1"))
                .flatMap(table -> byTable.get(table).stream())
                .map(Person::id)
                .toList();
        assertThat(ids).isEqualTo(expected).startsWith(8L).isNotEqualTo(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
    }

    @Test
    void aPageIsTakenFromEachTableOnEclipseLinkAndFromTheUnionOnHibernate() {
        Function<EntityManager, List<Long>> thirdToFifth = em -> em
                .createQuery(EVERY_PERSON_BY_ID, TablePerClassPerson.class)
                .setFirstResult(2)
                .setMaxResults(3)
                .getResultList()
                .stream()
                .map(TablePerClassPerson::getId)
                .toList();

        var hibernate = inEntityManager(JpaProvider.HIBERNATE, thirdToFifth);
        var eclipseLink = inEntityManager(JpaProvider.ECLIPSELINK, thirdToFifth);

        assertThat(hibernate).containsExactly(3L, 4L, 5L); // Bob, Carol, Marie
        // Rows 3 to 5 of each table: none of the one plain person, none of the two teachers, students 4, 6 and 7.
        assertThat(db.recorder().statements())
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.sql()).endsWith("ORDER BY ID LIMIT ? OFFSET ?"));
        assertThat(eclipseLink).containsExactly(4L, 6L, 7L);
    }

    @Test
    void eclipseLinkAnswersAProjectionOnTheRootFromTheRootsTableAlone() {
        Function<EntityManager, List<Object>> count = em -> List.of(
                em.createQuery("select count(p) from TablePerClassPerson p", Long.class)
                        .getSingleResult(),
                em.createQuery("select p.name from TablePerClassPerson p order by p.name", String.class)
                        .getResultList());

        assertThat(inEntityManager(JpaProvider.HIBERNATE, count))
                .containsExactly(8L, List.of("Ada", "Alice", "Bob", "Carol", "Dave", "Eve", "Frank", "Marie"));
        // No error, no warning: only Frank's table was asked.
        assertThat(inEntityManager(JpaProvider.ECLIPSELINK, count)).containsExactly(1L, List.of("Frank"));
        assertThat(db.recorder().statements())
                .extracting(RecordedStatement::sql)
                .containsExactly(
                        "SELECT COUNT(ID) FROM per_class_persons", "SELECT NAME FROM per_class_persons ORDER BY NAME");
    }

    @Test
    void typeOfTheRootFailsOnEclipseLinkWithEclipseLink6093() {
        var teachersByType = "select p from TablePerClassPerson p where type(p) = TablePerClassTeacher order by p.id";

        var hibernate = inEntityManager(JpaProvider.HIBERNATE, em -> ids(em, teachersByType));

        assertThat(hibernate).containsExactly(2L, 5L);
        // Hibernate keeps only the teachers' branch of the union.
        assertThat(db.recorder().statements())
                .singleElement()
                .satisfies(s -> assertThat(s.sql())
                        .contains("from (select id, name, ")
                        .contains("from per_class_teachers) tpcp1_0 where tpcp1_0.clazz_=1")
                        .doesNotContain("union"));

        // A QueryException of EclipseLink's own, not wrapped in JPA's PersistenceException: catch that, and it escapes.
        assertThatThrownBy(() -> inEntityManager(JpaProvider.ECLIPSELINK, em -> ids(em, teachersByType)))
                .isInstanceOf(QueryException.class)
                .isNotInstanceOf(PersistenceException.class)
                .satisfies(e -> assertThat(((QueryException) e).getErrorCode()).isEqualTo(6093))
                .hasMessageContaining(
                        "Invalid Type Expression on [dev.ajp.inheritance.tableperclass.TablePerClassPerson]."
                                + "  The class does not have a descriptor, or a descriptor that does not use inheritance or uses a"
                                + " ClassExtractor for inheritance");
        assertThat(db.recorder().recording().statements()).isEmpty();
    }

    @Test
    void findByTheRootAsksEachSubclassTableBeforeTheRootsOnEclipseLink() {
        var people = Approach.ECLIPSELINK_TABLE_PER_CLASS.on(db);

        var frank = db.recorder().record(() -> people.find(8));

        assertThat(frank.result()).contains(new PlainPerson(8L, "Frank"));
        var sql = frank.statements().stream().map(RecordedStatement::sql).toList();
        assertThat(sql.subList(0, 2))
                .containsExactlyElementsOf(EclipseLinkOrder.tablePerClassSubclasses().stream()
                        .map(subclass -> subclass == TablePerClassTeacher.class
                                ? "SELECT ID, NAME, SUBJECT FROM per_class_teachers WHERE (ID = ?)"
                                : "SELECT ID, GRADE, NAME FROM per_class_students WHERE (ID = ?)")
                        .toList());
        assertThat(sql.get(2)).isEqualTo("SELECT ID, NAME FROM per_class_persons WHERE (ID = ?)");
    }

    @Test
    void hibernateRefusesAnIdentityIdForTablePerClass() {
        // Each table would number its own rows, and two persons of different classes would share an id.
        assertThatThrownBy(() -> db.frameworks(IdentityPerson.class, IdentityTeacher.class)
                        .hibernate())
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("Unable to build Hibernate SessionFactory")
                .rootCause()
                .isInstanceOf(MappingException.class)
                .hasMessage("Cannot use identity column key generation with <union-subclass> mapping for:"
                        + " dev.ajp.inheritance.IdentityTeacher");
    }
}
