package dev.ajp.eagerloading;

import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.UnaryOperator;

/** The students of a fetch-join query, all of them or the first page, for the pagination pitfalls. */
final class JpaLeftJoinFetchPage {

    private final EntityManagerFactory emf;

    JpaLeftJoinFetchPage(EntityManagerFactory emf) {
        this.emf = emf;
    }

    List<StudentCourses> all(String jpql) {
        return run(jpql, query -> query);
    }

    List<StudentCourses> firstStudents(String jpql, int max) {
        return run(jpql, query -> query.setMaxResults(max));
    }

    private List<StudentCourses> run(String jpql, UnaryOperator<TypedQuery<Student>> paging) {
        try (var em = emf.createEntityManager()) {
            return paging.apply(em.createQuery(jpql, Student.class)).getResultList().stream()
                    .map(s -> new StudentCourses(
                            s.getName(),
                            s.getCourses().stream().map(Course::getCourseName).toList()))
                    .toList();
        }
    }
}
