package dev.ajp.rawsql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.StatementKind;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.function.Function;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A native query inside a JPA persistence context: the provider cannot know which tables the SQL reads or writes, so
 * it flushes pending changes before the query, it does not touch the entities a native UPDATE changed, and it makes
 * managed entities of rows mapped to an entity class. The same JPA code on both providers; the statements and
 * connection events each one sends, counted.
 */
class OrmAroundRawSqlTest {

    private static final String COUNT_OLDER_THAN = "select count(*) from students where age > ?1";

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

    /** Frank is persisted, not yet written; the native count sees him because the provider flushes first. */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aPendingPersistIsFlushedBeforeANativeQuery(JpaProvider provider) {
        var emf = frameworks.jpa(provider); // started outside the recording
        var recording = db.recorder()
                .record(() -> inTransaction(emf, em -> {
                    // tag::auto-flush[]
                    em.persist(new Student("Frank", 25, "B")); // pending: no INSERT yet
                    var olderThan20 = em.createNativeQuery("select count(*) from students where age > ?1")
                            .setParameter(1, 20)
                            .getSingleResult(); // INSERT, then SELECT: Frank is counted
                    // end::auto-flush[]
                    return ((Number) olderThan20).intValue();
                }));

        assertThat(recording.result()).isEqualTo(5);
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (provider) {
                            case HIBERNATE ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "sequence",
                                        "insert",
                                        "select",
                                        "commit",
                                        "setAutoCommit(true)");
                            // EclipseLink takes the id before it begins the database transaction.
                            case ECLIPSELINK ->
                                List.of(
                                        "sequence",
                                        "setAutoCommit(false)",
                                        "insert",
                                        "select",
                                        "commit",
                                        "setAutoCommit(true)");
                        });
    }

    /** With FlushModeType.COMMIT nothing is flushed before a query: the native count misses Frank. */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void withFlushModeCommitANativeQueryDoesNotSeeThePendingRow(JpaProvider provider) {
        var emf = frameworks.jpa(provider); // started outside the recording
        var recording = db.recorder()
                .record(() -> inTransaction(emf, em -> {
                    em.setFlushMode(FlushModeType.COMMIT);
                    em.persist(new Student("Frank", 25, "B"));
                    return ((Number) em.createNativeQuery(COUNT_OLDER_THAN)
                                    .setParameter(1, 20)
                                    .getSingleResult())
                            .intValue();
                }));

        assertThat(recording.result()).isEqualTo(4);
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (provider) {
                            case HIBERNATE ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "sequence",
                                        "select",
                                        "insert",
                                        "commit",
                                        "setAutoCommit(true)");
                            // A native query in a transaction runs on EclipseLink's transactional connection.
                            case ECLIPSELINK ->
                                List.of(
                                        "sequence",
                                        "setAutoCommit(false)",
                                        "select",
                                        "insert",
                                        "commit",
                                        "setAutoCommit(true)");
                        });
    }

    /**
     * The read-only hints of {@link JpaNativeEntities} differ in one more way: EclipseLink does not flush before a
     * read-only query, so its result misses Frank; Hibernate's read-only hint is about the entities returned, and it
     * flushes as before.
     */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void eclipseLinksReadOnlyHintAlsoSkipsTheFlushBeforeTheQuery(JpaProvider provider) {
        var emf = frameworks.jpa(provider); // started outside the recording
        var recording = db.recorder()
                .record(() -> inTransaction(emf, em -> {
                    em.persist(new Student("Frank", 25, "B"));
                    return readOnlyEntitiesOlderThan(em, 20).size();
                }));

        switch (provider) {
            case HIBERNATE -> {
                assertThat(recording.result()).isEqualTo(5);
                assertThat(recording.outline())
                        .containsExactly(
                                "setAutoCommit(false)",
                                "sequence",
                                "insert",
                                "select",
                                "commit",
                                "setAutoCommit(true)");
            }
            case ECLIPSELINK -> {
                assertThat(recording.result()).isEqualTo(4);
                assertThat(recording.outline())
                        .containsExactly(
                                "sequence",
                                "select",
                                "setAutoCommit(false)",
                                "insert",
                                "commit",
                                "setAutoCommit(true)");
            }
        }
    }

    /**
     * A native UPDATE goes straight to the table. Bob, loaded before it, keeps his old age: {@code find} returns the
     * instance already in the persistence context without asking the database, and even a native query mapped to
     * Student reads the new row and hands back the same, unchanged instance. Only {@code refresh} reads it into him.
     */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aNativeUpdateLeavesTheEntitiesAlreadyLoadedStaleUntilRefreshed(JpaProvider provider) {
        record Bob(int afterUpdate, int afterQuery, int afterRefresh, boolean alwaysTheSameInstance) {}
        var emf = frameworks.jpa(provider); // started outside the recording

        var recording = db.recorder()
                .record(() -> inTransaction(emf, em -> {
                    // tag::stale[]
                    var bob = em.find(Student.class, 2L); // 21, and now managed
                    em.createNativeQuery("update students set age = age + 1 where id = ?1")
                            .setParameter(1, 2L)
                            .executeUpdate(); // the row says 22; nobody tells bob
                    var afterUpdate = bob.getAge();
                    var found = em.find(Student.class, 2L); // no SQL: the managed instance
                    var queried = (Student) em.createNativeQuery(
                                    "select id, name, age, grade from students where id = ?1", Student.class)
                            .setParameter(1, 2L)
                            .getSingleResult(); // reads 22, returns the managed instance as it is
                    var afterQuery = queried.getAge();
                    em.refresh(bob); // reads the row into bob
                    // end::stale[]
                    return new Bob(afterUpdate, afterQuery, bob.getAge(), found == bob && queried == bob);
                }));

        assertThat(recording.result()).isEqualTo(new Bob(21, 21, 22, true));
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (provider) {
                            // find, the update, the native query, refresh; the second find sends nothing.
                            case HIBERNATE ->
                                List.of(
                                        "setAutoCommit(false)",
                                        "select",
                                        "update",
                                        "select",
                                        "select",
                                        "commit",
                                        "setAutoCommit(true)");
                            // EclipseLink reads outside the database transaction until its first write.
                            case ECLIPSELINK ->
                                List.of(
                                        "select",
                                        "setAutoCommit(false)",
                                        "update",
                                        "select",
                                        "select",
                                        "commit",
                                        "setAutoCommit(true)");
                        });
    }

    /**
     * Rows mapped to Student become managed entities, compared with their state at load at the next flush: the changed
     * grade is written back with an UPDATE. The same rows as an Object[] projection are plain values: nothing is
     * managed, nothing is written.
     */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void entityRowsAreManagedAndDirtyCheckedAndAProjectionIsNot(JpaProvider provider) {
        record Managed(int afterProjection, int afterEntities) {}

        var emf = frameworks.jpa(provider); // started outside the recording

        var recording = db.recorder()
                .record(() -> inTransaction(emf, em -> {
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows = em.createNativeQuery(
                                    "select id, name, age, grade from students where age > ?1")
                            .setParameter(1, 20)
                            .getResultList();
                    var afterProjection = managed(em, provider);
                    @SuppressWarnings("unchecked")
                    List<Student> students = em.createNativeQuery(
                                    "select id, name, age, grade from students where age > ?1", Student.class)
                            .setParameter(1, 20)
                            .getResultList();
                    assertThat(rows).hasSameSizeAs(students);
                    assertThat(students)
                            .allSatisfy(s -> assertThat(em.contains(s)).isTrue());
                    students.get(0).setGrade("B");
                    return new Managed(afterProjection, managed(em, provider));
                }));

        assertThat(recording.result()).isEqualTo(new Managed(0, 4));
        assertThat(recording.count(StatementKind.UPDATE)).isEqualTo(1);
        assertThat(gradeOfAlice()).isEqualTo("B");
    }

    /**
     * With the read-only hints, nothing loaded is dirty-checked: the changed grade is not written. Hibernate keeps the
     * entities in the persistence context (without a snapshot); EclipseLink does not register them at all.
     */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void readOnlyEntitiesAreNotWrittenBack(JpaProvider provider) {
        var emf = frameworks.jpa(provider); // started outside the recording
        var recording = db.recorder()
                .record(() -> inTransaction(emf, em -> {
                    var students = readOnlyEntitiesOlderThan(em, 20);
                    students.get(0).setGrade("B");
                    assertThat(em.contains(students.get(0))).isEqualTo(provider == JpaProvider.HIBERNATE);
                    return managed(em, provider);
                }));

        assertThat(recording.result()).isEqualTo(provider == JpaProvider.HIBERNATE ? 4 : 0);
        assertThat(recording.count(StatementKind.UPDATE)).isZero();
        assertThat(gradeOfAlice()).isEqualTo("A");
    }

    private static <T> T inTransaction(EntityManagerFactory emf, Function<EntityManager, T> work) {
        try (var em = emf.createEntityManager()) {
            var transaction = em.getTransaction();
            transaction.begin();
            try {
                var result = work.apply(em);
                transaction.commit();
                return result;
            } finally {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Student> readOnlyEntitiesOlderThan(EntityManager em, int age) {
        return em.createNativeQuery("select id, name, age, grade from students where age > ?1", Student.class)
                .setParameter(1, age)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultList();
    }

    /** The number of entities in the persistence context, asked of each provider in its own terms. */
    private static int managed(EntityManager em, JpaProvider provider) {
        return switch (provider) {
            case HIBERNATE -> em.unwrap(Session.class).getStatistics().getEntityCount();
            case ECLIPSELINK ->
                em.unwrap(UnitOfWorkImpl.class).getCloneMapping().size();
        };
    }

    private String gradeOfAlice() {
        return frameworks
                .jdbi()
                .withHandle(h -> h.createQuery("select grade from students where id = 1")
                        .mapTo(String.class)
                        .one());
    }
}
