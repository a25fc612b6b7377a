package dev.ajp.querying;

import java.util.List;

/**
 * The chapter's question: the tutorial's three queries (a filter, a join, a count per group) and what a reader asks
 * next (outer joins, HAVING, ordering by an aggregate, a page of rows). Each form of writing them implements this
 * interface: JPQL, Criteria, native SQL through JPA, Jdbi's fluent API and a Jdbi SqlObject.
 *
 * <p>Every query returns records (DTO projections), never entities, and has an ORDER BY: the forms must return the
 * same rows in the same order, and a page is only well defined over a stable order. Each is one SELECT.
 */
public interface StudentQueries {

    /** Students older than {@code age} with grade {@code grade}, by id. The tutorial's filter. */
    List<StudentRow> olderThanWithGrade(int age, String grade);

    /**
     * Every (student name, course name) pair, by student id and then course id. The tutorial's join: an inner join
     * through {@code student_courses}, so a student without courses (Dave) has no row.
     */
    List<StudentCoursePair> studentCoursePairs();

    /**
     * The number of students per course, by course id. The tutorial's COUNT and GROUP BY over the inner join: a
     * course nobody takes (Art) has no row.
     */
    List<CourseCount> studentsPerCourse();

    /** {@link #studentsPerCourse()} with a LEFT JOIN from courses: every course, Art with 0. */
    List<CourseCount> studentsPerCourseIncludingEmpty();

    /** The number of courses per student, LEFT JOIN from students, by student id: Dave with 0. */
    List<StudentCount> coursesPerStudent();

    /**
     * The courses with at least {@code minStudents} students (a HAVING condition on the count), the most popular
     * first, courses with equal counts by id.
     */
    List<CourseCount> popularCourses(long minStudents);

    /**
     * One page of {@link #studentCoursePairs()}: the pairs after the first {@code offset}, at most {@code limit} of
     * them.
     */
    List<StudentCoursePair> studentCoursePairsPage(int offset, int limit);
}
