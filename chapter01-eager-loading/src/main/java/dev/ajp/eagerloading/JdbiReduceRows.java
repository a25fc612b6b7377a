package dev.ajp.eagerloading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.RowView;

/**
 * {@code joinedload} by hand: one LEFT JOIN of students, enrolments and courses, <b>1 statement</b>, folded back into
 * one {@link StudentCourses} per student with {@code reduceRows}.
 *
 * <p>The join returns one row per (student, course), and one row with a null course for a student without courses
 * (Dave); {@code reduceRows} hands the rows to the accumulator in order with a {@code LinkedHashMap} keyed by
 * student id, so the students keep the query's order. This is the work an ORM does for {@code join fetch}, and it
 * is all here in ten lines.
 */
public final class JdbiReduceRows implements StudentsWithCourses {

    private final Jdbi jdbi;

    public JdbiReduceRows(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<StudentCourses> load() {
        // tag::reduce-rows[]
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select s.id, s.name, c.course_name
                          from students s
                          left join student_courses sc on sc.student_id = s.id
                          left join courses c on c.id = sc.course_id
                         order by s.id, c.id""")
                .reduceRows((Map<Long, StudentCourses> students, RowView row) -> {
                    var student = students.computeIfAbsent(
                            row.getColumn("id", Long.class),
                            id -> new StudentCourses(row.getColumn("name", String.class), new ArrayList<>()));
                    var course = row.getColumn("course_name", String.class);
                    if (course != null) { // Dave's one row has no course
                        student.courses().add(course);
                    }
                })
                .toList());
        // end::reduce-rows[]
    }
}
