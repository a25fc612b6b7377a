package dev.ajp.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.StatementKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Student#getCourses()} is a {@code List} without an order column: to Hibernate a "bag", whose rows it cannot
 * tell apart, so removing one course rewrites the student's whole collection. EclipseLink deletes the one row. The
 * model keeps the bag on purpose (see {@link Student}); chapter 05 sets it against an association entity.
 */
class StudentCoursesTest {

    private Database db;

    @BeforeEach
    void open() {
        db = Database.loaded(SampleData.canonical());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void removingOneOfCarolsThreeCoursesRewritesTheBagInHibernateAndDeletesOneRowInEclipseLink(JpaProvider provider) {
        var emf = db.frameworks(Student.class, Course.class).jpa(provider);
        var carol = 3L;

        var recording = db.recorder().record(() -> {
            try (var em = emf.createEntityManager()) {
                em.getTransaction().begin();
                var student = em.find(Student.class, carol);
                student.getCourses().removeIf(c -> c.getCourseName().equals("Chemistry"));
                em.getTransaction().commit();
            }
        });

        // Both read the student, then the courses (the list is lazy).
        assertThat(recording.count(StatementKind.SELECT)).isEqualTo(2);
        switch (provider) {
            case HIBERNATE -> {
                // One DELETE of all of Carol's rows, then one INSERT per course she keeps.
                assertThat(recording.count(StatementKind.DELETE)).isEqualTo(1);
                assertThat(recording.count(StatementKind.INSERT)).isEqualTo(2);
                assertThat(recording.statements())
                        .filteredOn(s -> s.kind() == StatementKind.DELETE)
                        .singleElement()
                        .satisfies(delete -> assertThat(delete.sql()).doesNotContain("course_id"));
            }
            case ECLIPSELINK -> {
                assertThat(recording.count(StatementKind.DELETE)).isEqualTo(1);
                assertThat(recording.count(StatementKind.INSERT)).isZero();
                assertThat(recording.statements())
                        .filteredOn(s -> s.kind() == StatementKind.DELETE)
                        .singleElement()
                        .satisfies(delete -> assertThat(delete.sql()).contains("course_id"));
            }
        }
        assertThat(coursesOf(carol)).containsExactly("Physics", "History");
    }

    private List<String> coursesOf(long student) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("""
                                select c.course_name from student_courses sc join courses c on c.id = sc.course_id
                                 where sc.student_id = :student order by c.id""")
                        .bind("student", student)
                        .mapTo(String.class)
                        .list());
    }
}
