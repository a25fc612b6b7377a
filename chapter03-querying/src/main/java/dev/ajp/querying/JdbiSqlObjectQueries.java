package dev.ajp.querying;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The queries as a Jdbi SqlObject: this interface is the whole implementation. Each method carries its SQL; Jdbi
 * generates the class ({@code jdbi.onDemand(JdbiSqlObjectQueries.class)}, with the {@code SqlObjectPlugin}
 * installed), binds each argument to the {@code :parameter} of the same name (the build compiles with
 * {@code -parameters}) and maps each row to the record with a constructor mapper, which matches columns to the
 * record's components by name ({@code course_name} to {@code courseName}).
 *
 * <p>An on-demand SqlObject borrows a connection per call: one SELECT each, as with the fluent API.
 */
public interface JdbiSqlObjectQueries extends StudentQueries {

    // tag::filter[]
    @Override
    @SqlQuery("""
            select name, age, grade
              from students
             where age > :age and grade = :grade
             order by id""")
    @RegisterConstructorMapper(StudentRow.class)
    List<StudentRow> olderThanWithGrade(int age, String grade);
    // end::filter[]

    // tag::join[]
    @Override
    @SqlQuery("""
            select s.name as student_name, c.course_name
              from students s
              join student_courses sc on sc.student_id = s.id
              join courses c on c.id = sc.course_id
             order by s.id, c.id""")
    @RegisterConstructorMapper(StudentCoursePair.class)
    List<StudentCoursePair> studentCoursePairs();
    // end::join[]

    // tag::count[]
    @Override
    @SqlQuery("""
            select c.course_name, count(sc.student_id) as students
              from courses c
              join student_courses sc on sc.course_id = c.id
             group by c.id, c.course_name
             order by c.id""")
    @RegisterConstructorMapper(CourseCount.class)
    List<CourseCount> studentsPerCourse();
    // end::count[]

    @Override
    @SqlQuery("""
            select c.course_name, count(sc.student_id) as students
              from courses c
              left join student_courses sc on sc.course_id = c.id
             group by c.id, c.course_name
             order by c.id""")
    @RegisterConstructorMapper(CourseCount.class)
    List<CourseCount> studentsPerCourseIncludingEmpty();

    @Override
    @SqlQuery("""
            select s.name as student_name, count(sc.course_id) as courses
              from students s
              left join student_courses sc on sc.student_id = s.id
             group by s.id, s.name
             order by s.id""")
    @RegisterConstructorMapper(StudentCount.class)
    List<StudentCount> coursesPerStudent();

    // tag::having[]
    @Override
    @SqlQuery("""
            select c.course_name, count(sc.student_id) as students
              from courses c
              join student_courses sc on sc.course_id = c.id
             group by c.id, c.course_name
            having count(sc.student_id) >= :minStudents
             order by count(sc.student_id) desc, c.id""")
    @RegisterConstructorMapper(CourseCount.class)
    List<CourseCount> popularCourses(long minStudents);
    // end::having[]

    @Override
    @SqlQuery("""
            select s.name as student_name, c.course_name
              from students s
              join student_courses sc on sc.student_id = s.id
              join courses c on c.id = sc.course_id
             order by s.id, c.id
             limit :limit offset :offset""")
    @RegisterConstructorMapper(StudentCoursePair.class)
    List<StudentCoursePair> studentCoursePairsPage(int offset, int limit);
}
