package dev.ajp.eagerloading;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The N+1 problem written by hand, so that nothing is hidden: one query for the students, then one query per
 * student for their course names. <b>1 + N statements</b>, exactly what lazy loading sends, only visible in the
 * code. This is what an ORM's lazy loading does behind a getter.
 */
public final class JdbiQueryPerStudent implements StudentsWithCourses {

    private record StudentRow(long id, String name) {}

    private final Jdbi jdbi;

    public JdbiQueryPerStudent(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<StudentCourses> load() {
        // tag::query-per-student[]
        return jdbi.withHandle(handle -> {
            var students = handle.createQuery("select id, name from students order by id")
                    .map((rs, ctx) -> new StudentRow(rs.getLong("id"), rs.getString("name")))
                    .list(); // 1 statement
            return students.stream()
                    .map(s -> new StudentCourses(
                            s.name(),
                            handle.createQuery("""
                                            select c.course_name
                                              from student_courses sc
                                              join courses c on c.id = sc.course_id
                                             where sc.student_id = :student
                                             order by c.id""")
                                    .bind("student", s.id())
                                    .mapTo(String.class)
                                    .list())) // 1 statement per student
                    .toList();
        });
        // end::query-per-student[]
    }
}
