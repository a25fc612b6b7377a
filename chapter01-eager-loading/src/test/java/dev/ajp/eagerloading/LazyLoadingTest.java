package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.SampleData.Dataset;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;
import org.hibernate.LazyInitializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * When the statements are sent, not only how many: the query alone, then the first touch of the courses. Lazy is
 * really lazy on both providers; batch and subselect fetching stay lazy; EclipseLink's entity graph is not lazy, but
 * not joined either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LazyLoadingTest {

    private static final String STUDENTS = "select s from Student s order by s.id";
    private static final int BATCH = HibernateBatchFetch.BATCH_SIZE;

    private final Dataset data = SampleData.generated(23, 3);
    private final int n = data.students().size();
    private Database db;
    private Frameworks frameworks;

    @BeforeAll
    void loadTwentyThreeStudents() {
        db = ChapterDatabase.setup().data(data).open();
        frameworks = db.frameworks(Student.class, Course.class);
    }

    @AfterAll
    void close() {
        db.close();
    }

    private static List<Student> touchAll(List<Student> students) {
        students.forEach(s -> s.getCourses().size());
        return students;
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void loadingTheStudentsIsOneStatementAndTouchingTheirCoursesIsOnePerStudent(JpaProvider provider) {
        var emf = frameworks.jpa(provider);
        var loadedState = emf.getPersistenceUnitUtil();
        try (var em = emf.createEntityManager()) {
            // tag::really-lazy[]
            var query = db.recorder()
                    .record(() -> em.createQuery(STUDENTS, Student.class).getResultList());
            assertThat(query.count()).isEqualTo(1);
            assertThat(query.result()).noneMatch(s -> loadedState.isLoaded(s, "courses"));

            var touch = db.recorder().record(() -> touchAll(query.result()));
            assertThat(touch.count()).isEqualTo(n); // one per student, sent only now
            assertThat(query.result()).allMatch(s -> loadedState.isLoaded(s, "courses"));
            // end::really-lazy[]
        }
    }

    @Test
    void hibernateBatchFetchingLoadsTheNextTenStudentsCoursesOnFirstTouch() {
        var emf = frameworks.hibernate(HibernateBatchFetch.settings(BATCH));
        var loadedState = emf.getPersistenceUnitUtil();
        try (var em = emf.createEntityManager()) {
            var students = em.createQuery(STUDENTS, Student.class).getResultList();

            var first = db.recorder().record(() -> students.get(0).getCourses().size());

            assertThat(first.count()).isEqualTo(1);
            assertThat(students.subList(0, BATCH)).allMatch(s -> loadedState.isLoaded(s, "courses"));
            assertThat(students.subList(BATCH, n)).noneMatch(s -> loadedState.isLoaded(s, "courses"));
            var rest = db.recorder().record(() -> touchAll(students));
            assertThat(1 + rest.count()).isEqualTo((n + BATCH - 1) / BATCH);
        }
    }

    @ParameterizedTest(name = "batch size {0}")
    @ValueSource(ints = {1, 2, 7, 23, 50})
    void batchFetchingSendsOneStatementPerBatchOnBothProviders(int batchSize) {
        var expected = 1 + (n + batchSize - 1) / batchSize;
        var hibernate = new HibernateBatchFetch(frameworks.hibernate(HibernateBatchFetch.settings(batchSize)));
        var eclipseLink = new EclipseLinkBatchFetch(frameworks.eclipseLink(), BatchFetchType.IN, batchSize);

        var hibernateRecording = db.recorder().record(hibernate::load);
        var eclipseLinkRecording = db.recorder().record(eclipseLink::load);

        assertThat(hibernateRecording.count()).isEqualTo(expected);
        assertThat(eclipseLinkRecording.count()).isEqualTo(expected);
        assertThat(hibernateRecording.result()).isEqualTo(StudentsWithCoursesTest.expected(data));
        assertThat(eclipseLinkRecording.result()).isEqualTo(StudentsWithCoursesTest.expected(data));
    }

    @Test
    void hibernateSubselectFetchingLoadsEveryStudentsCoursesOnFirstTouch() {
        var emf = frameworks.hibernate(HibernateSubselectFetch.settings());
        var loadedState = emf.getPersistenceUnitUtil();
        try (var em = emf.createEntityManager()) {
            var query = db.recorder()
                    .record(() -> em.createQuery(STUDENTS, Student.class).getResultList());

            var first = db.recorder()
                    .record(() -> query.result().get(0).getCourses().size());

            assertThat(query.count()).isEqualTo(1);
            assertThat(first.count()).isEqualTo(1);
            assertThat(first.statements().get(0).sql()).containsIgnoringCase("in (select");
            assertThat(query.result()).allMatch(s -> loadedState.isLoaded(s, "courses"));
        }
    }

    @ParameterizedTest
    @EnumSource(BatchFetchType.class)
    void eclipseLinkBatchReadingWaitsForTheFirstTouch(BatchFetchType type) {
        var emf = frameworks.eclipseLink();
        try (var em = emf.createEntityManager()) {
            var query = db.recorder()
                    .record(() -> em.createQuery(STUDENTS, Student.class)
                            .setHint(QueryHints.BATCH, "s.courses")
                            .setHint(QueryHints.BATCH_TYPE, type)
                            .setHint(QueryHints.BATCH_SIZE, BATCH)
                            .getResultList());

            var touch = db.recorder().record(() -> touchAll(query.result()));

            assertThat(query.count()).isEqualTo(1);
            assertThat(touch.count()).isEqualTo(type == BatchFetchType.IN ? (n + BATCH - 1) / BATCH : 1);
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void anEntityGraphLoadsTheCoursesInsideTheQueryCallJoinedOnHibernateOnePerStudentOnEclipseLink(
            JpaProvider provider) {
        var emf = frameworks.jpa(provider);
        try (var em = emf.createEntityManager()) {
            var graph = em.createEntityGraph(Student.class);
            graph.addAttributeNode("courses");
            var query = db.recorder()
                    .record(() -> em.createQuery(STUDENTS, Student.class)
                            .setHint("jakarta.persistence.loadgraph", graph)
                            .getResultList());

            var touch = db.recorder().record(() -> touchAll(query.result()));

            assertThat(query.count()).isEqualTo(provider == JpaProvider.HIBERNATE ? 1 : 1 + n);
            assertThat(touch.count()).isZero();
        }
    }

    @Test
    void eclipseLinkTreatsAFetchGraphLikeALoadGraphForTheCourses() {
        var emf = frameworks.eclipseLink();
        try (var em = emf.createEntityManager()) {
            var graph = em.createEntityGraph(Student.class);
            graph.addAttributeNode("name");
            graph.addAttributeNode("courses");

            var query = db.recorder()
                    .record(() -> em.createQuery(STUDENTS, Student.class)
                            .setHint("jakarta.persistence.fetchgraph", graph)
                            .getResultList());

            assertThat(query.count()).isEqualTo(1 + n);
            // A fetch graph also leaves out the basic attributes it does not name (woven entities only).
            assertThat(query.statements().get(0).sql()).doesNotContainIgnoringCase("grade");
        }
    }

    @Test
    void theKitsSettingsLeaveEveryLoadToTheDatabase() {
        // Hibernate has no second-level cache unless one is configured; the kit turns EclipseLink's off.
        assertThat(JpaProvider.values()).allSatisfy(provider -> {
            var lazy = new JpaLazyLoading(frameworks.jpa(provider));
            db.recorder().record(lazy::load);
            assertThat(db.recorder().record(lazy::load).count()).isEqualTo(1 + n);
        });
    }

    /** How many objects stand for the first course among these students' lists (Course has no equals: identity). */
    private long instancesOfTheFirstCourse(List<Student> students) {
        var name = data.courses().get(0);
        return students.stream()
                .flatMap(s -> s.getCourses().stream())
                .filter(c -> c.getCourseName().equals(name))
                .distinct()
                .count();
    }

    private long studentsTakingTheFirstCourse() {
        return data.students().stream()
                .filter(s -> s.courses().contains(data.courses().get(0)))
                .count();
    }

    private static List<Student> loadAndClose(EntityManagerFactory emf) {
        try (var em = emf.createEntityManager()) {
            return em.createQuery(STUDENTS, Student.class).getResultList();
        }
    }

    @Test
    void afterTheEntityManagerClosesHibernateRefusesToLoadALazyListAndEclipseLinkStillLoadsIt() {
        var hibernateStudents = loadAndClose(frameworks.hibernate());
        var eclipseLinkStudents = loadAndClose(frameworks.eclipseLink());

        assertThatThrownBy(() -> hibernateStudents.get(0).getCourses().size())
                .isInstanceOf(LazyInitializationException.class);
        var late = db.recorder().record(() -> touchAll(eclipseLinkStudents));

        // Each list: a connection borrowed from the pool and one SELECT, in auto-commit mode.
        assertThat(late.count()).isEqualTo(n);
        assertThat(late.events()).isEmpty();
        assertThat(db.recorder().connectionsAcquired()).isEqualTo(n);
        // Loaded through the closed EntityManager's session: one object per course still.
        assertThat(instancesOfTheFirstCourse(eclipseLinkStudents)).isEqualTo(1);
        assertThat(eclipseLinkStudents.get(0).getCourses())
                .extracting(Course::getCourseName)
                .isEqualTo(data.students().get(0).courses());
    }

    @Test
    void withLazyLoadNoTransHibernateLoadsAfterCloseInATemporarySessionPerList() {
        // tag::lazy-load-no-trans[]
        var noTrans = frameworks.hibernate(Map.of("hibernate.enable_lazy_load_no_trans", true));
        // end::lazy-load-no-trans[]
        var students = loadAndClose(noTrans);

        var late = db.recorder().record(() -> touchAll(students));

        // Each list: a temporary session, so a connection from the pool and a transaction around one SELECT.
        var perList = List.of("setAutoCommit(false)", "select", "commit", "setAutoCommit(true)");
        assertThat(late.count()).isEqualTo(n);
        assertThat(late.outline())
                .isEqualTo(Collections.nCopies(n, perList).stream()
                        .flatMap(List::stream)
                        .toList());
        assertThat(db.recorder().connectionsAcquired()).isEqualTo(n);
        // Each session builds its own objects: the first course is one object per student who takes it.
        assertThat(instancesOfTheFirstCourse(students))
                .isEqualTo(studentsTakingTheFirstCourse())
                .isGreaterThan(1);
    }
}
