package dev.ajp.bulkinsert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.RecordedStatement;
import dev.ajp.kit.StatementKind;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Parents and children persisted in turn (a course, then a student enrolled in it, then the next course...): how the
 * order of the INSERTs decides the size of the batches.
 */
class InsertOrderTest {

    static final int PAIRS = 10;

    private Database db;

    @BeforeEach
    void openAnEmptyDatabase() {
        db = Database.setup().sharedSchema().open();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void withoutOrderInsertsHibernateClosesTheBatchAtEveryChangeOfTable() {
        var settings = new HashMap<>(JpaBatchedPersist.batchSettings(JpaProvider.HIBERNATE));
        settings.put("hibernate.order_inserts", "false");

        var batches = batchSizesOfCoursesAndStudents(JpaProvider.HIBERNATE, settings);

        // course, student, course, student...: every INSERT is a batch of one.
        assertThat(batches.get("courses")).hasSize(PAIRS).containsOnly(1);
        assertThat(batches.get("students")).hasSize(PAIRS).containsOnly(1);
    }

    @Test
    void withOrderInsertsHibernateSendsOneBatchPerTable() {
        var batches = batchSizesOfCoursesAndStudents(
                JpaProvider.HIBERNATE, JpaBatchedPersist.batchSettings(JpaProvider.HIBERNATE));

        assertThat(batches.get("courses")).containsExactly(PAIRS);
        assertThat(batches.get("students")).containsExactly(PAIRS);
    }

    @Test
    void eclipseLinkWritesNewObjectsClassByClassOnItsOwn() {
        var batches = batchSizesOfCoursesAndStudents(
                JpaProvider.ECLIPSELINK, JpaBatchedPersist.batchSettings(JpaProvider.ECLIPSELINK));

        assertThat(batches.get("courses")).containsExactly(PAIRS);
        assertThat(batches.get("students")).containsExactly(PAIRS);
    }

    /** Persists course 1, a student enrolled in it, course 2, a student enrolled in it... in one flush. */
    private Map<String, List<Integer>> batchSizesOfCoursesAndStudents(JpaProvider provider, Map<String, ?> settings) {
        var factory = db.frameworks(Student.class, Course.class).jpa(provider, settings);
        var recording = db.recorder().record(() -> {
            try (var em = factory.createEntityManager()) {
                em.getTransaction().begin();
                // tag::parents-and-children[]
                for (var i = 1; i <= PAIRS; i++) {
                    var course = new Course("Course " + i);
                    em.persist(course);
                    var student = new Student("Student " + i, 20, "A");
                    student.enrol(course);
                    em.persist(student);
                }
                em.getTransaction().commit(); // one flush: courses, students and student_courses rows
                // end::parents-and-children[]
            }
        });
        var sizes = new HashMap<String, List<Integer>>();
        for (var table : List.of("courses", "students")) {
            sizes.put(
                    table,
                    recording.statements().stream()
                            .filter(s -> s.kind() == StatementKind.INSERT)
                            .filter(s -> s.sql().toLowerCase().startsWith("insert into " + table + " "))
                            .map(RecordedStatement::batchSize)
                            .toList());
        }
        return sizes;
    }
}
