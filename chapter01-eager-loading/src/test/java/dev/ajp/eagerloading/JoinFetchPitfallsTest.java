package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.SampleData.Dataset;
import dev.ajp.model.SampleData.StudentData;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.HibernateException;
import org.hibernate.loader.MultipleBagFetchException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What goes wrong with a fetch join, each pitfall of the README shown on the tutorial's data. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JoinFetchPitfallsTest {

    private static final Pattern LIMIT = Pattern.compile("(?i)\\b(limit|fetch first|fetch next)\\b");

    private final Dataset data = SampleData.canonical();
    private final List<StudentCourses> expected = StudentsWithCoursesTest.expected(data);
    private Database db;
    private Frameworks frameworks;

    @BeforeAll
    void loadTheTutorialsStudents() {
        db = ChapterDatabase.setup().data(data).open();
        frameworks = db.frameworks(Student.class, Course.class);
    }

    @AfterAll
    void close() {
        db.close();
    }

    private List<String> names(EntityManagerFactory emf, String jpql) {
        try (var em = emf.createEntityManager()) {
            return em.createQuery(jpql, Student.class).getResultList().stream()
                    .map(Student::getName)
                    .toList();
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aPlainJoinFetchIsAnInnerJoinAndLosesDave(JpaProvider provider) {
        var withCourses = data.students().stream()
                .filter(s -> !s.courses().isEmpty())
                .map(StudentData::name)
                .toList();

        var emf = frameworks.jpa(provider);
        // tag::inner-join-fetch[]
        var names = names(emf, "select distinct s from Student s join fetch s.courses order by s.id");
        // end::inner-join-fetch[]

        assertThat(names).isEqualTo(withCourses).doesNotContain("Dave");
        assertThat(names).hasSize(data.students().size() - 1);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void withoutDistinctEclipseLinkReturnsAStudentOncePerCourse(JpaProvider provider) {
        var oncePerRow = new ArrayList<String>();
        for (var s : data.students()) {
            oncePerRow.addAll(Collections.nCopies(Math.max(1, s.courses().size()), s.name()));
        }
        var once = data.students().stream().map(StudentData::name).toList();

        var names = names(frameworks.jpa(provider), "select s from Student s left join fetch s.courses order by s.id");

        // The JPA specification expects one result per joined row (a fetch join keeps the join's semantics, 4.4.5.3);
        // EclipseLink does just that, Hibernate 6 and later remove the duplicates themselves.
        assertThat(names).isEqualTo(provider == JpaProvider.HIBERNATE ? once : oncePerRow);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void onlyHibernateOrdersAJoinFetchedCollectionByItsOrderBy(JpaProvider provider) {
        var recording = db.recorder()
                .record(() -> names(
                        frameworks.jpa(provider),
                        "select distinct s from Student s left join fetch s.courses order by s.id"));

        // Hibernate: "order by s1_0.id, c1_0.course_id"; EclipseLink: "ORDER BY t1.ID", the courses in any order.
        var orderBy = orderByItems(recording.statements().get(0).sql());
        assertThat(recording.count()).isEqualTo(1);
        assertThat(orderBy).hasSize(provider == JpaProvider.HIBERNATE ? 2 : 1);
    }

    private static List<String> orderByItems(String sql) {
        var lower = sql.toLowerCase(Locale.ROOT);
        var clause = sql.substring(lower.lastIndexOf("order by") + "order by".length());
        return List.of(clause.strip().split("\\s*,\\s*"));
    }

    @Test
    void hibernateRefusesToFetchTwoBagsInOneQuery() {
        try (var em = frameworks.hibernate().createEntityManager()) {
            // tag::two-bags[]
            assertThatThrownBy(() -> em.createQuery("""
                                    select s from Student s
                                      left join fetch s.courses c
                                      left join fetch c.students""", Student.class).getResultList())
                    .hasRootCauseInstanceOf(MultipleBagFetchException.class)
                    .hasMessageContaining("cannot simultaneously fetch multiple bags");
            // end::two-bags[]
        }
    }

    @Test
    void joiningASecondCollectionMultipliesTheRows() {
        // One row per (student, course), or one for a student without courses...
        var rowsWithCourses = data.students().stream()
                .mapToInt(s -> Math.max(1, s.courses().size()))
                .sum();
        // ...and then one per (student, course, classmate in that course).
        var rowsWithClassmates = data.students().stream()
                .mapToInt(s -> Math.max(
                        1,
                        s.courses().stream()
                                .mapToInt(c -> (int) data.students().stream()
                                        .filter(other -> other.courses().contains(c))
                                        .count())
                                .sum()))
                .sum();

        var rows = frameworks
                .jdbi()
                .withHandle(h -> Map.of(
                        "courses",
                        h.createQuery("""
                                select count(*) from students s
                                  left join student_courses sc on sc.student_id = s.id
                                  left join courses c on c.id = sc.course_id""").mapTo(Integer.class).one(),
                        "classmates",
                        h.createQuery("""
                                select count(*) from students s
                                  left join student_courses sc on sc.student_id = s.id
                                  left join courses c on c.id = sc.course_id
                                  left join student_courses sc2 on sc2.course_id = c.id
                                  left join students classmate on classmate.id = sc2.student_id""").mapTo(Integer.class).one()));

        assertThat(rows.get("courses")).isEqualTo(rowsWithCourses).isEqualTo(9);
        assertThat(rows.get("classmates")).isEqualTo(rowsWithClassmates).isEqualTo(19);
    }

    /**
     * A database of its own, so that no other test has run a query on its Hibernate factory: Hibernate caches the
     * plan of a query by its text, and a plan made for an unpaged run is reused for a paged one (see
     * {@link #hibernateReusesTheUnpagedSqlOfAFetchJoinQueryForALaterPagedRunAndReturnsEveryStudent}).
     */
    private Database freshDatabase() {
        return ChapterDatabase.setup().data(data).open();
    }

    @Test
    void hibernatePagesTheStudentsInASubqueryWhenTheFetchJoinAllowsIt() {
        var firstTwo = expected.subList(0, 2);
        try (var fresh = freshDatabase()) {
            var page = new JpaLeftJoinFetchPage(
                    fresh.frameworks(Student.class, Course.class).hibernate());

            var recording = fresh.recorder()
                    .record(() ->
                            page.firstStudents("select s from Student s left join fetch s.courses order by s.id", 2));

            // Hibernate 7.4: "select ... from (select ... from students ... fetch first ? rows only) s1_0 left join"
            assertThat(recording.result()).isEqualTo(firstTwo);
            assertThat(recording.count()).isEqualTo(1);
            assertThat(LIMIT.matcher(recording.statements().get(0).sql()).find())
                    .isTrue();
        }
    }

    @Test
    void hibernatePagesInMemoryWhenTheQueryOrdersByTheFetchedCollection() {
        var firstTwo = expected.subList(0, 2);
        try (var fresh = freshDatabase()) {
            var page = new JpaLeftJoinFetchPage(
                    fresh.frameworks(Student.class, Course.class).hibernate());

            var recording = fresh.recorder()
                    .record(() -> page.firstStudents(
                            "select s from Student s left join fetch s.courses c order by s.id, c.id", 2));

            // The right two students, but every row of every student was read to find them (warning HHH90003004).
            assertThat(recording.result()).isEqualTo(firstTwo);
            assertThat(recording.count()).isEqualTo(1);
            assertThat(LIMIT.matcher(recording.statements().get(0).sql()).find())
                    .isFalse();
        }
    }

    @Test
    void failOnPaginationOverCollectionFetchTurnsInMemoryPagingIntoAnError() {
        // tag::fail-on-pagination[]
        var strict = frameworks.hibernate(Map.of("hibernate.query.fail_on_pagination_over_collection_fetch", true));
        // end::fail-on-pagination[]
        var page = new JpaLeftJoinFetchPage(strict);

        assertThatThrownBy(() -> page.firstStudents(
                        "select s from Student s left join fetch s.courses c order by s.id, c.id", 2))
                .isInstanceOf(HibernateException.class)
                .hasMessageContaining("fail_on_pagination_over_collection_fetch");
        assertThat(page.firstStudents("select s from Student s left join fetch s.courses order by s.id", 2))
                .isEqualTo(expected.subList(0, 2));
    }

    /**
     * Found while writing this chapter, on Hibernate 7.4.15 (still there in 7.4.16): once a fetch-join query has run without a limit, the
     * same query text with {@code setMaxResults} reuses the SQL translated for the unpaged run and returns every
     * student. The other order is harmless (the paged SQL, reused for an unpaged run, still returns every student), and
     * without the query plan cache the limit is applied. If this test fails, Hibernate fixed it: remove the test, the
     * reproduction below and the README's warning.
     */
    @Test
    void hibernateReusesTheUnpagedSqlOfAFetchJoinQueryForALaterPagedRunAndReturnsEveryStudent() {
        var jpql = "select s from Student s left join fetch s.courses order by s.id";
        var firstTwo = expected.subList(0, 2);
        try (var fresh = freshDatabase();
                var other = freshDatabase()) {
            var unpagedFirst = new JpaLeftJoinFetchPage(
                    fresh.frameworks(Student.class, Course.class).hibernate());
            var uncached = new JpaLeftJoinFetchPage(fresh.frameworks(Student.class, Course.class)
                    .hibernate(Map.of("hibernate.query.plan_cache_enabled", false)));
            var pagedFirst = new JpaLeftJoinFetchPage(
                    other.frameworks(Student.class, Course.class).hibernate());

            unpagedFirst.all(jpql);
            var lost = fresh.recorder().record(() -> unpagedFirst.firstStudents(jpql, 2));
            assertThat(lost.result()).isEqualTo(expected); // all five, not two
            assertThat(LIMIT.matcher(lost.statements().get(0).sql()).find()).isFalse();

            uncached.all(jpql);
            assertThat(uncached.firstStudents(jpql, 2)).isEqualTo(firstTwo);

            assertThat(pagedFirst.firstStudents(jpql, 2)).isEqualTo(firstTwo);
            assertThat(pagedFirst.all(jpql)).isEqualTo(expected);
            assertThat(pagedFirst.firstStudents(jpql, 2)).isEqualTo(firstTwo);
        }
    }

    /**
     * The same bug in a form to paste into a report: one Hibernate factory, one fetch-join query over a
     * {@code @ManyToMany List} (a bag, with {@code @OrderBy}), run twice, each time in a new EntityManager. Nothing
     * else is needed; the kit only provides the five students and the factory.
     */
    @Test
    void reproductionOneFactoryOneFetchJoinQueryRunUnpagedThenPaged() {
        try (var fresh = ChapterDatabase.open()) {
            var emf = fresh.frameworks(Student.class, Course.class).hibernate();
            var jpql = "select s from Student s left join fetch s.courses order by s.id";

            try (var em = emf.createEntityManager()) {
                assertThat(em.createQuery(jpql, Student.class).getResultList()).hasSize(5);
            }
            try (var em = emf.createEntityManager()) {
                var page = em.createQuery(jpql, Student.class).setMaxResults(2).getResultList();
                assertThat(page).hasSize(5); // expected: 2
            }
        }
    }

    @Test
    void eclipseLinkPagesTheJoinedRowsNotTheStudents() {
        var alice = expected.get(0);

        var recording = db.recorder()
                .record(() -> new JpaLeftJoinFetchPage(frameworks.eclipseLink())
                        .firstStudents(
                                "select distinct s from Student s left join fetch s.courses c order by s.id, c.id", 2));

        // Two rows asked for, and Alice's two courses fill them: one student instead of two, silently.
        assertThat(alice.courses()).hasSize(2);
        assertThat(recording.result()).containsExactly(alice);
        assertThat(LIMIT.matcher(recording.statements().get(0).sql()).find()).isTrue();
    }
}
