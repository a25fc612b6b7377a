package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.Recording;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the read-only hints of {@link JpaReadOnlyLeftJoinFetch} change, provider by provider: the SQL stays the same,
 * what the provider keeps and writes back does not. Each test renames Alice, so each has a database of its own.
 */
class ReadOnlyLoadsTest {

    /** The query of {@link JpaLeftJoinFetch} and {@link JpaReadOnlyLeftJoinFetch}. */
    private static final String STUDENTS_WITH_COURSES =
            "select distinct s from Student s left join fetch s.courses c order by s.id, c.id";

    private Database db;
    private Frameworks frameworks;

    @BeforeEach
    void loadTheTutorialsStudents() {
        db = ChapterDatabase.open();
        frameworks = db.frameworks(Student.class, Course.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<Student> load(EntityManager em, Map<String, Object> hints) {
        var query = em.createQuery(STUDENTS_WITH_COURSES, Student.class);
        hints.forEach(query::setHint);
        return query.getResultList();
    }

    /** In one transaction: load the students, rename Alice, commit. What was sent? */
    private Recording<Void> renameAliceAndCommit(EntityManagerFactory emf, Map<String, Object> hints) {
        return db.recorder().record(() -> {
            try (var em = emf.createEntityManager()) {
                em.getTransaction().begin();
                load(em, hints).get(0).setName("Alicia");
                em.getTransaction().commit();
            }
        });
    }

    private String nameInTheDatabase() {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select name from students where id = 1")
                        .mapTo(String.class)
                        .one());
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aChangeToAManagedStudentIsWrittenAtCommit(JpaProvider provider) {
        var recording = renameAliceAndCommit(frameworks.jpa(provider), Map.of());

        // EclipseLink reads outside the transaction and opens it only to write.
        assertThat(recording.outline())
                .isEqualTo(
                        provider == JpaProvider.HIBERNATE
                                ? List.of("setAutoCommit(false)", "select", "update", "commit", "setAutoCommit(true)")
                                : List.of("select", "setAutoCommit(false)", "update", "commit", "setAutoCommit(true)"));
        assertThat(nameInTheDatabase()).isEqualTo("Alicia");
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aChangeToAReadOnlyStudentIsNeverWritten(JpaProvider provider) {
        var readOnly = Map.<String, Object>of(JpaReadOnlyLeftJoinFetch.readOnlyHint(provider), true);

        var recording = renameAliceAndCommit(frameworks.jpa(provider), readOnly);

        // The same SELECT, and no UPDATE: nothing was tracked. EclipseLink, with nothing to write, sends no
        // transaction at all.
        assertThat(recording.outline())
                .isEqualTo(
                        provider == JpaProvider.HIBERNATE
                                ? List.of("setAutoCommit(false)", "select", "commit", "setAutoCommit(true)")
                                : List.of("select"));
        assertThat(nameInTheDatabase()).isEqualTo("Alice");
    }

    @Test
    void hibernateKeepsAReadOnlyStudentInThePersistenceContextWithoutASnapshot() {
        try (var em = frameworks.hibernate().createEntityManager()) {
            var session = em.unwrap(SessionImplementor.class);
            var managed = load(em, Map.of()).get(0);
            em.clear();
            var readOnly = load(em, Map.of(JpaReadOnlyLeftJoinFetch.readOnlyHint(JpaProvider.HIBERNATE), true))
                    .get(0);

            // Managed: a copy of every loaded value (the snapshot), compared with the entity at each flush.
            // Read-only: still in the persistence context, but no snapshot, so nothing to compare and nothing to flush.
            assertThat(managed).isNotSameAs(readOnly);
            assertThat(session.isReadOnly(readOnly)).isTrue();
            assertThat(em.contains(readOnly)).isTrue();
            assertThat(session.getPersistenceContextInternal()
                            .getEntry(readOnly)
                            .getLoadedState())
                    .isNull();
            assertThat(readOnly.getCourses())
                    .allSatisfy(course -> assertThat(session.isReadOnly(course)).isTrue());
        }
        try (var em = frameworks.hibernate().createEntityManager()) {
            var session = em.unwrap(SessionImplementor.class);
            var managed = load(em, Map.of()).get(0);
            assertThat(session.isReadOnly(managed)).isFalse();
            assertThat(session.getPersistenceContextInternal().getEntry(managed).getLoadedState())
                    .isNotNull();
        }
    }

    @Test
    void eclipseLinkDoesNotRegisterAReadOnlyStudentInTheEntityManager() {
        var readOnly = Map.<String, Object>of(JpaReadOnlyLeftJoinFetch.readOnlyHint(JpaProvider.ECLIPSELINK), true);
        var emf = frameworks.eclipseLink();
        Student first;
        Student again;
        try (var em = emf.createEntityManager()) {
            first = load(em, readOnly).get(0);
            again = load(em, readOnly).get(0);

            // Not a working copy of the unit of work: the EntityManager does not know it.
            assertThat(em.contains(first)).isFalse();
            assertThat(em.contains(load(em, Map.of()).get(0))).isTrue();
        }
        Student other;
        try (var em = emf.createEntityManager()) {
            other = load(em, readOnly).get(0);
        }

        // With the kit's settings (shared cache off), the object lives in this EntityManager's own cache: the same
        // instance for every read-only query of that EntityManager, a new one for the next EntityManager.
        assertThat(again).isSameAs(first);
        assertThat(other).isNotSameAs(first);
    }

    @Test
    void withTheSharedCacheOnEclipseLinkHandsEveryEntityManagerTheCachesOwnObject() {
        var readOnly = Map.<String, Object>of(JpaReadOnlyLeftJoinFetch.readOnlyHint(JpaProvider.ECLIPSELINK), true);
        var cached = frameworks.eclipseLink(Map.of("eclipselink.cache.shared.default", "true"));
        Student first;
        Student second;
        try (var em = cached.createEntityManager()) {
            first = load(em, readOnly).get(0);
        }
        try (var em = cached.createEntityManager()) {
            second = load(em, readOnly).get(0);
        }

        // tag::read-only-shared-cache[]
        assertThat(second).isSameAs(first); // the shared cache's own object, not a copy
        first.setName("Alicia"); // no transaction, no SQL...
        try (var em = cached.createEntityManager()) {
            var find = db.recorder().record(() -> em.find(Student.class, 1L).getName());
            assertThat(find.result()).isEqualTo("Alicia"); // ...and every EntityManager now sees it
            assertThat(find.count()).isZero();
        }
        assertThat(nameInTheDatabase()).isEqualTo("Alice"); // which the database never did
        // end::read-only-shared-cache[]
    }
}
