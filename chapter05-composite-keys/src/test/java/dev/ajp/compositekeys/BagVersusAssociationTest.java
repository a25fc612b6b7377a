package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.Recording;
import dev.ajp.kit.StatementKind;
import dev.ajp.model.Student;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Carol drops Chemistry, two ways. Through the shared model's {@code @ManyToMany} ({@code Student.courses}, a
 * {@code List} without an order column: a bag to Hibernate, whose rows it cannot tell apart), and through the
 * association entity, whose rows have a key of their own. Counted side by side, on each provider.
 */
class BagVersusAssociationTest {

    /** How many statements of each kind a change sent. */
    record Counts(long selects, long deletes, long inserts) {
        static Counts of(Recording<?> recording) {
            return new Counts(
                    recording.count(StatementKind.SELECT),
                    recording.count(StatementKind.DELETE),
                    recording.count(StatementKind.INSERT));
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theAssociationEntityDeletesOneRowWhereHibernatesBagDeletesThemAllAndInsertsBackTheRest(JpaProvider provider) {
        var bag = throughTheManyToMany(provider);
        var embeddedId = throughTheAssociation(
                provider == JpaProvider.HIBERNATE ? Approach.HIBERNATE_EMBEDDED_ID : Approach.ECLIPSELINK_EMBEDDED_ID);
        var idClass = throughTheAssociation(
                provider == JpaProvider.HIBERNATE ? Approach.HIBERNATE_ID_CLASS : Approach.ECLIPSELINK_ID_CLASS);

        switch (provider) {
            case HIBERNATE -> {
                // The student, her courses; then all three rows deleted and the two she keeps inserted again.
                assertThat(Counts.of(bag)).isEqualTo(new Counts(2, 1, 2));
                assertThat(deleteOf(bag)).doesNotContain("course_id");
                // The enrollment, then its row.
                assertThat(Counts.of(embeddedId)).isEqualTo(new Counts(1, 1, 0));
                assertThat(Counts.of(idClass)).isEqualTo(new Counts(1, 1, 0));
            }
            case ECLIPSELINK -> {
                // EclipseLink tells the bag's rows apart by their values, and deletes the one.
                assertThat(Counts.of(bag)).isEqualTo(new Counts(2, 1, 0));
                assertThat(deleteOf(bag)).contains("course_id");
                // Filling the @MapsId key at commit loads the course and the student first.
                assertThat(Counts.of(embeddedId)).isEqualTo(new Counts(3, 1, 0));
                assertThat(Counts.of(idClass)).isEqualTo(new Counts(1, 1, 0));
            }
        }
        for (var association : List.of(embeddedId, idClass)) {
            assertThat(deleteOf(association)).containsIgnoringCase("student_id").containsIgnoringCase("course_id");
        }
    }

    @Test
    void jdbiDeletesTheOneRowInOneStatement() {
        assertThat(Counts.of(throughTheAssociation(Approach.JDBI_NESTED_KEY))).isEqualTo(new Counts(0, 1, 0));
    }

    /** Carol (3) drops Chemistry (3) from {@code Student.courses}; the rows of student_courses afterwards. */
    private static Recording<Void> throughTheManyToMany(JpaProvider provider) {
        try (var db = EnrollmentData.canonical()) {
            var factory = Approach.frameworks(db).jpa(provider);
            var recording = db.recorder().record(() -> {
                try (var em = factory.createEntityManager()) {
                    em.getTransaction().begin();
                    em.find(Student.class, 3L).getCourses().removeIf(c -> c.getId() == 3L);
                    em.getTransaction().commit();
                }
            });
            List<Long> carolsCourses = db.frameworks()
                    .jdbi()
                    .withHandle(h -> h.createQuery(
                                    "select course_id from student_courses where student_id = 3 order by course_id")
                            .mapTo(Long.class)
                            .list());
            assertThat(carolsCourses).containsExactly(2L, 4L);
            return recording;
        }
    }

    /** Carol (3) drops Chemistry (3): her enrollment removed by its key. */
    private static Recording<Boolean> throughTheAssociation(Approach approach) {
        try (var db = EnrollmentData.canonical()) {
            var enrollments = approach.on(db);
            var recording = db.recorder().record(() -> enrollments.remove(new EnrollmentKey(3, 3)));
            assertThat(recording.result()).isTrue();
            assertThat(enrollments.coursesOf(3))
                    .extracting(Enrolled::courseName)
                    .containsExactly("Physics", "History");
            return recording;
        }
    }

    private static String deleteOf(Recording<?> recording) {
        return recording.statements().stream()
                .filter(s -> s.kind() == StatementKind.DELETE)
                .findFirst()
                .orElseThrow()
                .sql();
    }
}
