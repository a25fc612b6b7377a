package dev.ajp.eagerloading;

import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * The default, and the N+1 problem: {@code Student.courses} is LAZY (the JPA default for a to-many association),
 * so the query loads the students alone, and each student's courses are loaded by a SELECT of their own the first
 * time the list is touched.
 *
 * <p>SQL: 1 SELECT of the students, then 1 SELECT of {@code student_courses} joined to {@code courses} per student:
 * <b>1 + N statements</b> for N students, on Hibernate and on EclipseLink alike. Each one is a full round trip to
 * the database; with 1,000 students that is 1,001 of them for what one join could answer.
 *
 * <p>The same code runs on both providers: nothing here is provider-specific. It is also the code of
 * {@link HibernateBatchFetch} and {@link HibernateSubselectFetch}, which change only the factory's settings.
 */
public final class JpaLazyLoading implements StudentsWithCourses {

    private final EntityManagerFactory emf;

    public JpaLazyLoading(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentCourses> load() {
        // tag::lazy[]
        try (var em = emf.createEntityManager()) {
            var students = em.createQuery("select s from Student s order by s.id", Student.class)
                    .getResultList(); // 1 statement: the students only
            return students.stream()
                    .map(s -> new StudentCourses(
                            s.getName(),
                            s.getCourses().stream() // touching the list: 1 statement per student
                                    .map(Course::getCourseName)
                                    .toList()))
                    .toList();
        }
        // end::lazy[]
    }
}
