package dev.ajp.eagerloading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.LinkedHashMapRowReducer;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowReducer;

/**
 * The declarative form of {@link JdbiReduceRows}: a SqlObject interface method whose SQL is the same LEFT JOIN and
 * whose {@code @UseRowReducer} names the class that folds the rows. <b>1 statement</b>. The query and the folding
 * become reusable pieces, and the caller sees a plain {@code List<StudentCourses>}.
 *
 * <p>Needs the {@code jdbi3-sqlobject} module on the class path (this chapter's pom adds it) and its plugin
 * installed: the kit's {@code Jdbi} ({@code frameworks.jdbi()}) installs every plugin it finds there. On a plain
 * {@code Jdbi.create(dataSource)}, {@code withExtension} throws {@code NoSuchExtensionException} ("Extension not found:
 * StudentDao") until {@code installPlugin(new SqlObjectPlugin())}.
 */
public final class JdbiSqlObjectRowReducer implements StudentsWithCourses {

    // tag::sql-object[]
    public interface StudentDao {
        @SqlQuery("""
                select s.id, s.name, c.course_name
                  from students s
                  left join student_courses sc on sc.student_id = s.id
                  left join courses c on c.id = sc.course_id
                 order by s.id, c.id""")
        @UseRowReducer(StudentCoursesReducer.class)
        List<StudentCourses> studentsWithCourses();
    }

    /** One StudentCourses per student id, in the order of the rows. */
    public static final class StudentCoursesReducer implements LinkedHashMapRowReducer<Long, StudentCourses> {
        @Override
        public void accumulate(Map<Long, StudentCourses> students, RowView row) {
            var student = students.computeIfAbsent(
                    row.getColumn("id", Long.class),
                    id -> new StudentCourses(row.getColumn("name", String.class), new ArrayList<>()));
            var course = row.getColumn("course_name", String.class);
            if (course != null) {
                student.courses().add(course);
            }
        }
    }
    // end::sql-object[]

    private final Jdbi jdbi;

    /** @param jdbi a Jdbi with the SqlObject plugin installed, as the kit's is */
    public JdbiSqlObjectRowReducer(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<StudentCourses> load() {
        // tag::sql-object-call[]
        return jdbi.withExtension(StudentDao.class, StudentDao::studentsWithCourses);
        // end::sql-object-call[]
    }
}
