package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.inheritance.joined.JoinedPerson;
import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.RecordedStatement;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.QueryHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * JOINED's polymorphic query: one SELECT with LEFT JOINs on Hibernate always; on EclipseLink only with an ORDER BY
 * (or its outer-join hint), else 1 + N SELECTs, N being the classes that have rows, whatever the number of rows.
 */
class JoinedPolymorphicQueryTest {

    private Database db;

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private EntityManagerFactory jpa(JpaProvider provider) {
        return db.frameworks(JpaJoined.ENTITIES.toArray(Class<?>[]::new)).jpa(provider);
    }

    /** The persons as the query returns them, before any sorting: their ids. */
    private List<Long> idsAsReturned(JpaProvider provider, String jpql, Map<String, Object> hints) {
        try (var em = jpa(provider).createEntityManager()) {
            var query = em.createQuery(jpql, JoinedPerson.class);
            hints.forEach(query::setHint);
            return query.getResultList().stream().map(JoinedPerson::getId).toList();
        }
    }

    @Test
    void eclipseLinkWithoutOrderByAsksForTheTypesPresentThenQueriesEachClass() {
        jpa(JpaProvider.ECLIPSELINK);

        var recording = db.recorder()
                .record(() -> idsAsReturned(JpaProvider.ECLIPSELINK, "select p from JoinedPerson p", Map.of()));

        var sql = recording.statements().stream().map(RecordedStatement::sql).toList();
        assertThat(sql).hasSize(1 + 3);
        assertThat(sql.get(0)).isEqualTo("SELECT DISTINCT type FROM joined_persons");
        // One SELECT per class found, in the order the database returned the types: the plain persons from the root
        // table alone, the teachers and the students each joined to it; each for one value of type.
        assertThat(sql.subList(1, 4))
                .allSatisfy(query -> assertThat(query).contains("type = ?)").doesNotContain("ORDER BY"))
                .containsExactlyInAnyOrder(
                        "SELECT ID, type, NAME FROM joined_persons WHERE (type = ?)",
                        "SELECT t0.ID, t0.type, t0.NAME, t1.ID, t1.SUBJECT FROM joined_persons t0, joined_teachers t1"
                                + " WHERE ((t1.ID = t0.ID) AND (t0.type = ?))",
                        "SELECT t0.ID, t0.type, t0.NAME, t1.ID, t1.GRADE FROM joined_persons t0, joined_students t1"
                                + " WHERE ((t1.ID = t0.ID) AND (t0.type = ?))");
        // The answer comes back class by class: each class's persons together, not in id order.
        assertThat(recording.result())
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L)
                .isNotEqualTo(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L));
        assertThat(groups(recording.result())).hasSize(3);
    }

    /** The runs of consecutive persons of the same class in an answer. */
    private static List<List<Long>> groups(List<Long> ids) {
        var school = School.canonical();
        var groups = new ArrayList<List<Long>>();
        Class<?> current = null;
        for (var id : ids) {
            var kind = school.persons().get((int) (id - 1)).getClass();
            if (kind != current) {
                groups.add(new ArrayList<>());
                current = kind;
            }
            groups.get(groups.size() - 1).add(id);
        }
        return groups;
    }

    @Test
    void theNIsTheClassesThatHaveRowsNotTheRows() {
        try (var big = ChapterDatabase.setup().then(School.generated(500)::load).open()) {
            var people = Approach.ECLIPSELINK_JOINED_WITHOUT_ORDER_BY.on(big);

            assertThat(big.recorder().record(people::all).count()).isEqualTo(1 + 3);
            big.frameworks()
                    .jdbi()
                    .useHandle(handle -> handle.execute("delete from joined_persons where type = 'person'"));
            assertThat(big.recorder().record(people::all).count()).isEqualTo(1 + 2);
        }
    }

    @Test
    void eclipseLinkWithOrderBySendsOneOuterJoin() {
        jpa(JpaProvider.ECLIPSELINK);

        var recording = db.recorder()
                .record(() ->
                        idsAsReturned(JpaProvider.ECLIPSELINK, "select p from JoinedPerson p order by p.id", Map.of()));

        assertThat(recording.count()).isEqualTo(1);
        assertThat(recording.statements().get(0).sql())
                .contains("LEFT OUTER JOIN joined_teachers")
                .contains("LEFT OUTER JOIN joined_students")
                .endsWith("ORDER BY t0.ID");
        assertThat(recording.result()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void eclipseLinksOuterJoinHintSendsOneQueryWithoutOrderBy() {
        jpa(JpaProvider.ECLIPSELINK);

        var recording = db.recorder()
                .record(() -> idsAsReturned(
                        JpaProvider.ECLIPSELINK,
                        "select p from JoinedPerson p",
                        Map.of(QueryHints.INHERITANCE_OUTER_JOIN, "true")));

        assertThat(recording.count()).isEqualTo(1);
        assertThat(recording.statements().get(0).sql())
                .contains("LEFT OUTER JOIN joined_teachers")
                .contains("LEFT OUTER JOIN joined_students")
                .doesNotContain("ORDER BY")
                .doesNotContain("DISTINCT");
        assertThat(recording.result()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
    }

    @Test
    void hibernateSendsOneLeftJoinWithOrWithoutOrderBy() {
        jpa(JpaProvider.HIBERNATE);

        var unordered = db.recorder()
                .record(() -> idsAsReturned(JpaProvider.HIBERNATE, "select p from JoinedPerson p", Map.of()));

        assertThat(unordered.count()).isEqualTo(1);
        assertThat(unordered.statements().get(0).sql())
                .isEqualTo("select jp1_0.id,jp1_0.type,jp1_0.name,jp1_1.grade,jp1_2.subject from joined_persons jp1_0"
                        + " left join joined_students jp1_1 on jp1_0.id=jp1_1.id"
                        + " left join joined_teachers jp1_2 on jp1_0.id=jp1_2.id");
    }

    @Test
    void eclipseLinkFindsByTheRootTypeInTwoSteps() {
        var people = Approach.ECLIPSELINK_JOINED.on(db);

        var recording = db.recorder().record(() -> people.find(2));

        assertThat(recording.result()).contains(new Teacher(2L, "Ada", "Mathematics"));
        assertThat(recording.statements())
                .extracting(RecordedStatement::sql)
                .containsExactly(
                        "SELECT DISTINCT type FROM joined_persons WHERE (ID = ?)",
                        "SELECT t0.ID, t0.type, t0.NAME, t1.ID, t1.SUBJECT FROM joined_persons t0, joined_teachers t1"
                                + " WHERE ((t0.ID = ?) AND ((t1.ID = t0.ID) AND (t0.type = ?)))");
    }
}
