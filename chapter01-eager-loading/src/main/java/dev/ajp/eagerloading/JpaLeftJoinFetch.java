package dev.ajp.eagerloading;

import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * The JPQL counterpart of SQLAlchemy's {@code joinedload}: {@code left join fetch} loads the students and their
 * courses in <b>1 statement</b>, a LEFT OUTER JOIN of {@code students}, {@code student_courses} and {@code courses},
 * on Hibernate and on EclipseLink alike.
 *
 * <p>Each word of the query is there for a reason the tests show:
 *
 * <ul>
 *   <li>{@code left}: a plain {@code join fetch} is an inner join, and a student without courses (Dave) has no row
 *       to join, so he silently disappears;
 *   <li>{@code distinct}: the join returns a student once per course, and the JPA specification expects the query
 *       to return those duplicates (a fetch join keeps the join's semantics): EclipseLink does (Alice twice, Carol
 *       three times); Hibernate 6 and later remove them by themselves, and pass the {@code distinct} on to the SQL,
 *       where it costs the database a de-duplication that finds nothing;
 *   <li>{@code c} and {@code c.id} in the order by: Hibernate orders a fetched collection by its {@code @OrderBy},
 *       EclipseLink does not, and leaves the courses in whatever order the database returns the rows. The alias on
 *       a fetch join is a provider extension (the specification's grammar has none there); both providers accept it.
 * </ul>
 *
 * The price of the join is width: every row repeats the student's columns, once per course. For a screen that only
 * reads, {@link JpaDtoProjection} sends the same join with only the columns it needs, and builds no entity.
 */
public final class JpaLeftJoinFetch implements StudentsWithCourses {

    private final EntityManagerFactory emf;

    public JpaLeftJoinFetch(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentCourses> load() {
        // tag::left-join-fetch[]
        try (var em = emf.createEntityManager()) {
            return em
                    .createQuery("""
                            select distinct s from Student s
                              left join fetch s.courses c
                             order by s.id, c.id""", Student.class)
                    .getResultList() // 1 statement: students and courses, joined
                    .stream()
                    .map(s -> new StudentCourses(
                            s.getName(),
                            s.getCourses().stream().map(Course::getCourseName).toList()))
                    .toList();
        }
        // end::left-join-fetch[]
    }
}
