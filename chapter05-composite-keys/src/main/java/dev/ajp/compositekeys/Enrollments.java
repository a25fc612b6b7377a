package dev.ajp.compositekeys;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The chapter's question: the enrollments of students in courses, an association with a date of its own and a
 * primary key of two columns, {@code (student_id, course_id)}.
 *
 * <p>Each approach is one implementation ({@link JpaEmbeddedId}, {@link JpaIdClass}, {@link JdbiNestedKey});
 * {@link Approach} lists them for the main, the tests and the benchmark.
 */
public interface Enrollments {

    /**
     * Enrolls a student in courses, all on one date, in one transaction: all of them or none.
     *
     * @throws EnrollmentException when the database rejects a pair (the student already takes the course, or there is
     *     no such student or course); it names the pair, and nothing of the enrollment is written
     */
    void enroll(long studentId, List<Long> courseIds, LocalDate date);

    /** The enrollment with this key, read in one SELECT. */
    Optional<EnrollmentRow> find(EnrollmentKey key);

    /** The courses a student takes, with their dates, in course id order. */
    List<Enrolled> coursesOf(long studentId);

    /** The students a course has, with their dates, in student id order. */
    List<Enrolled> studentsOf(long courseId);

    /** Moves an enrollment to another date; false when there is no such enrollment. */
    boolean changeDate(EnrollmentKey key, LocalDate date);

    /** Removes one enrollment; false when there was none. */
    boolean remove(EnrollmentKey key);

    /**
     * Enrolls unless the student already takes the course, in one statement and without an error either way.
     *
     * @return true when a row was inserted, false when it was there already
     */
    boolean enrollIfAbsent(EnrollmentKey key, LocalDate date);
}
