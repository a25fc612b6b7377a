package dev.ajp.eagerloading;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A DTO projection: JPQL selects the three columns the screen shows, one row per (student, course), into a plain
 * record with a constructor expression ({@code select new ...}), and Java groups the rows into one
 * {@link StudentCourses} per student. <b>1 statement</b>, the same LEFT JOIN as {@code left join fetch}, on Hibernate
 * and on EclipseLink alike.
 *
 * <p>What it leaves out is the point: no entity is built, so nothing enters the persistence context, no snapshot is
 * kept for dirty checking, nothing is flushed, and only the columns named are read ({@code students.age} and
 * {@code grade} are not). It is the JPA form of what {@link JdbiReduceRows} does by hand, and the first choice for a
 * screen that only reads. The JPQL is portable: a plain {@code left join} with an alias (standard, unlike an alias on
 * a fetch join), ordered by the course in the query, so neither provider's handling of {@code @OrderBy} matters.
 */
public final class JpaDtoProjection implements StudentsWithCourses {

    private final EntityManagerFactory emf;

    public JpaDtoProjection(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentCourses> load() {
        // tag::dto-projection[]
        try (var em = emf.createEntityManager()) {
            var rows = em.createQuery("""
                            select new dev.ajp.eagerloading.StudentCourseRow(s.id, s.name, c.courseName)
                              from Student s
                              left join s.courses c
                             order by s.id, c.id""", StudentCourseRow.class)
                    .getResultList(); // 1 statement: three columns per row, no entity built
            var students = new LinkedHashMap<Long, StudentCourses>(); // in the rows' order
            for (var row : rows) {
                var student = students.computeIfAbsent(
                        row.studentId(), id -> new StudentCourses(row.name(), new ArrayList<>()));
                if (row.courseName() != null) { // Dave's one row has no course
                    student.courses().add(row.courseName());
                }
            }
            return List.copyOf(students.values());
        }
        // end::dto-projection[]
    }
}
