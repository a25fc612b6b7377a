package dev.ajp.querying;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The queries with Jdbi's fluent API: the SQL as written, named parameters bound with {@code bind}, and each row
 * mapped by a lambda that reads the JDBC {@code ResultSet}. Nothing between the code and the SQL: no entities, no
 * query language, no persistence context; the mapping reads each column with the getter of the type it wants
 * ({@code getLong} for a count), so the driver's choice of Java type does not leak. Each method borrows one
 * connection, sends one SELECT and returns it.
 */
public final class JdbiFluentQueries implements StudentQueries {

    private final Jdbi jdbi;

    public JdbiFluentQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<StudentRow> olderThanWithGrade(int age, String grade) {
        // tag::filter[]
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select name, age, grade
                          from students
                         where age > :age and grade = :grade
                         order by id""")
                .bind("age", age)
                .bind("grade", grade)
                .map((rs, ctx) -> new StudentRow(rs.getString("name"), rs.getInt("age"), rs.getString("grade")))
                .list());
        // end::filter[]
    }

    @Override
    public List<StudentCoursePair> studentCoursePairs() {
        // tag::join[]
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select s.name, c.course_name
                          from students s
                          join student_courses sc on sc.student_id = s.id
                          join courses c on c.id = sc.course_id
                         order by s.id, c.id""")
                .map((rs, ctx) -> new StudentCoursePair(rs.getString("name"), rs.getString("course_name")))
                .list());
        // end::join[]
    }

    @Override
    public List<CourseCount> studentsPerCourse() {
        // tag::count[]
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select c.course_name, count(sc.student_id) as students
                          from courses c
                          join student_courses sc on sc.course_id = c.id
                         group by c.id, c.course_name
                         order by c.id""")
                .map((rs, ctx) -> new CourseCount(rs.getString("course_name"), rs.getLong("students")))
                .list());
        // end::count[]
    }

    @Override
    public List<CourseCount> studentsPerCourseIncludingEmpty() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select c.course_name, count(sc.student_id) as students
                          from courses c
                          left join student_courses sc on sc.course_id = c.id
                         group by c.id, c.course_name
                         order by c.id""")
                .map((rs, ctx) -> new CourseCount(rs.getString("course_name"), rs.getLong("students")))
                .list());
    }

    @Override
    public List<StudentCount> coursesPerStudent() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select s.name, count(sc.course_id) as courses
                          from students s
                          left join student_courses sc on sc.student_id = s.id
                         group by s.id, s.name
                         order by s.id""")
                .map((rs, ctx) -> new StudentCount(rs.getString("name"), rs.getLong("courses")))
                .list());
    }

    @Override
    public List<CourseCount> popularCourses(long minStudents) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select c.course_name, count(sc.student_id) as students
                          from courses c
                          join student_courses sc on sc.course_id = c.id
                         group by c.id, c.course_name
                        having count(sc.student_id) >= :minStudents
                         order by count(sc.student_id) desc, c.id""")
                .bind("minStudents", minStudents)
                .map((rs, ctx) -> new CourseCount(rs.getString("course_name"), rs.getLong("students")))
                .list());
    }

    @Override
    public List<StudentCoursePair> studentCoursePairsPage(int offset, int limit) {
        // tag::page[]
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select s.name, c.course_name
                          from students s
                          join student_courses sc on sc.student_id = s.id
                          join courses c on c.id = sc.course_id
                         order by s.id, c.id
                         limit :limit offset :offset""")
                .bind("limit", limit)
                .bind("offset", offset)
                .map((rs, ctx) -> new StudentCoursePair(rs.getString("name"), rs.getString("course_name")))
                .list());
        // end::page[]
    }
}
