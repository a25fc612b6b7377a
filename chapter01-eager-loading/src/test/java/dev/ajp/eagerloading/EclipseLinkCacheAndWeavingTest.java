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
import jakarta.persistence.PersistenceException;
import java.util.Map;
import org.eclipse.persistence.indirection.IndirectList;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two EclipseLink settings that change what a count means: its shared cache, and whether the entities are woven.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EclipseLinkCacheAndWeavingTest {

    private final Dataset data = SampleData.canonical();
    private final int n = data.students().size();
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

    @Test
    void withTheSharedCacheOnASecondLazyLoadSendsOnlyTheStudentsQuery() {
        // tag::shared-cache-on[]
        var cached = frameworks.eclipseLink(Map.of("eclipselink.cache.shared.default", "true"));
        var lazy = new JpaLazyLoading(cached);

        var first = db.recorder().record(lazy::load);
        var second = db.recorder().record(lazy::load); // a new EntityManager, the same factory

        assertThat(first.count()).isEqualTo(1 + n);
        assertThat(second.count()).isEqualTo(1); // every student's courses came from the shared cache
        // end::shared-cache-on[]
        assertThat(second.result()).isEqualTo(first.result()).isEqualTo(StudentsWithCoursesTest.expected(data));
    }

    @Test
    void withTheKitsSettingsTheSharedCacheIsOffAndEveryLazyLoadGoesToTheDatabase() {
        var lazy = new JpaLazyLoading(frameworks.eclipseLink());

        var first = db.recorder().record(lazy::load);
        var second = db.recorder().record(lazy::load);

        assertThat(first.count()).isEqualTo(1 + n);
        assertThat(second.count()).isEqualTo(1 + n);
    }

    @Test
    void theSharedEntitiesAreWovenAtBuildTime() {
        assertThat(PersistenceWeaved.class).isAssignableFrom(Student.class).isAssignableFrom(Course.class);
        assertThat(PersistenceWeaved.class.isAssignableFrom(UnwovenStudent.class))
                .isFalse();
    }

    @Test
    void withoutWeavingACollectionIsStillLazy() {
        var emf = unwovenFactory();
        try (var em = emf.createEntityManager()) {
            var query = db.recorder()
                    .record(() -> em.createQuery("select s from UnwovenStudent s order by s.id", UnwovenStudent.class)
                            .getResultList());
            var touch = db.recorder()
                    .record(() -> query.result().forEach(s -> s.getCourses().size()));

            // To-many associations are lazy through EclipseLink's own list class, weaving or not.
            assertThat(query.result())
                    .allSatisfy(s -> assertThat(s.getCourses()).isInstanceOf(IndirectList.class));
            assertThat(query.count()).isEqualTo(1);
            assertThat(touch.count()).isEqualTo(n);
        }
    }

    @Test
    void withoutWeavingEclipseLinkRejectsAFetchGraph() {
        var emf = unwovenFactory();
        try (var em = emf.createEntityManager()) {
            var graph = em.createEntityGraph(UnwovenStudent.class);
            graph.addAttributeNode("name");
            var query = em.createQuery("select s from UnwovenStudent s", UnwovenStudent.class)
                    .setHint("jakarta.persistence.fetchgraph", graph);

            // A fetch graph is a fetch group, and fetch groups need the woven fetch-group hooks.
            assertThatThrownBy(query::getResultList)
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("EclipseLink-6114");
        }
    }

    @Test
    void theKitRefusesAnUnwovenEntityUnlessATestAllowsIt() {
        var withUnwoven = db.frameworks(UnwovenStudent.class, Course.class, Student.class);

        // Unwoven, EclipseLink would silently load a lazy @ManyToOne eagerly: the kit stops the start instead.
        assertThatThrownBy(withUnwoven::eclipseLink)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(UnwovenStudent.class.getName() + " is not woven for EclipseLink");
        assertThat(unwovenFactory().isOpen()).isTrue();
    }

    private EntityManagerFactory unwovenFactory() {
        // The kit's permission to start on unwoven classes (it turns weaving off too), and no log of the exception
        // that a test here provokes on purpose.
        var settings = Map.of(JpaProvider.ALLOW_UNWOVEN, "true", "eclipselink.logging.level", "OFF");
        return db.frameworks(UnwovenStudent.class, Course.class, Student.class).eclipseLink(settings);
    }
}
