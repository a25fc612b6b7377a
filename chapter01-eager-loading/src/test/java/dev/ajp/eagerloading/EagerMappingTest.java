package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.SampleData.Dataset;
import dev.ajp.model.Student;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The next thing a learner tries: {@code fetch = FetchType.EAGER} on the collection ({@link EagerStudent}). It changes
 * when the courses are loaded, not how: a JPQL query still sends one SELECT per student.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EagerMappingTest {

    private final Dataset data = SampleData.canonical();
    private final int n = data.students().size();
    private Database db;
    private Frameworks frameworks;

    @BeforeAll
    void loadTheTutorialsStudents() {
        db = ChapterDatabase.setup().data(data).open();
        // Course's students are mapped by Student.courses: the shared Student belongs to the unit too.
        frameworks = db.frameworks(EagerStudent.class, Student.class, Course.class);
    }

    @AfterAll
    void close() {
        db.close();
    }

    private static List<StudentCourses> answer(List<EagerStudent> students) {
        return students.stream()
                .map(s -> new StudentCourses(
                        s.getName(),
                        s.getCourses().stream().map(Course::getCourseName).toList()))
                .toList();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void eagerOnTheCollectionStillSendsOneSelectPerStudentForAJpqlQuery(JpaProvider provider) {
        var emf = frameworks.jpa(provider);
        var loadedState = emf.getPersistenceUnitUtil();
        try (var em = emf.createEntityManager()) {
            // tag::eager-query[]
            var query = db.recorder()
                    .record(() -> em.createQuery("select s from EagerStudent s order by s.id", EagerStudent.class)
                            .getResultList());
            assertThat(query.count()).isEqualTo(1 + n); // the students, then each one's courses
            // end::eager-query[]
            var touch = db.recorder().record(() -> answer(query.result()));

            // EAGER only moves the N SELECTs into getResultList(): the same 1 + N as LAZY, none left for later.
            assertThat(query.statements().subList(1, 1 + n))
                    .allSatisfy(s -> assertThat(s.sql()).containsPattern("(?i)student_id\\s*=\\s*\\?"));
            assertThat(query.result()).allMatch(s -> loadedState.isLoaded(s, "courses"));
            assertThat(touch.count()).isZero();
            assertThat(touch.result()).isEqualTo(StudentsWithCoursesTest.expected(data));
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void emFindJoinsTheEagerCollectionOnHibernateOnly(JpaProvider provider) {
        var alice = data.students().get(0);
        try (var em = frameworks.jpa(provider).createEntityManager()) {
            var find = db.recorder()
                    .record(() -> em.find(EagerStudent.class, 1L).getCourses().stream()
                            .map(Course::getCourseName)
                            .toList());

            // Hibernate: one SELECT with a LEFT JOIN; EclipseLink: the student, then the courses.
            assertThat(find.result()).isEqualTo(alice.courses());
            assertThat(find.count()).isEqualTo(provider == JpaProvider.HIBERNATE ? 1 : 2);
        }
    }
}
