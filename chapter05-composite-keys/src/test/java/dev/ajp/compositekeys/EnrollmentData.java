package dev.ajp.compositekeys;

import dev.ajp.kit.Database;
import dev.ajp.model.SampleData;
import dev.ajp.model.SampleData.Dataset;
import dev.ajp.model.SampleData.StudentData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** Enrollments for tests and benchmarks, written with plain JDBC batches, past every framework under test. */
public final class EnrollmentData {

    /** Courses in the generated catalogue. */
    public static final int COURSES = 500;

    /** Courses each generated student takes. */
    public static final int COURSES_PER_STUDENT = 10;

    /** The rows {@link Registration#canonical()} gives, written out: (student, course, date). */
    public static final List<EnrollmentRow> CANONICAL = List.of(
            row(1, 1, "2024-09-02"),
            row(1, 2, "2024-09-02"),
            row(2, 1, "2024-09-03"),
            row(3, 2, "2024-09-04"),
            row(3, 3, "2024-09-04"),
            row(3, 4, "2024-09-04"),
            row(5, 1, "2024-09-06"),
            row(5, 4, "2024-09-06"));

    private EnrollmentData() {}

    /** A fresh database with the tutorial's students and courses, the chapter's table and its eight enrollments. */
    public static Database canonical() {
        var db = ChapterDatabase.open();
        insert(db.dataSource(), Registration.canonical());
        return db;
    }

    /** Every row of {@code enrollments}, by student and course. */
    public static List<EnrollmentRow> rows(Database db) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery(
                                "select student_id, course_id, enrollment_date from enrollments order by student_id, course_id")
                        .map(ConstructorMapper.of(EnrollmentRow.class))
                        .list());
    }

    public static EnrollmentRow row(long studentId, long courseId, String date) {
        return new EnrollmentRow(new EnrollmentKey(studentId, courseId), LocalDate.parse(date));
    }

    /** Inserts the registrations' rows, 1,000 to a batch, in one transaction. */
    public static void insert(DataSource dataSource, List<Registration> registrations) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement(
                    "insert into enrollments (student_id, course_id, enrollment_date) values (?, ?, ?)")) {
                var rows = 0;
                for (var registration : registrations) {
                    for (var courseId : registration.courseIds()) {
                        insert.setLong(1, registration.studentId());
                        insert.setLong(2, courseId);
                        insert.setObject(3, registration.date());
                        insert.addBatch();
                        if (++rows % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert the enrollments: " + e.getMessage(), e);
        }
    }

    /**
     * {@code students} students and {@value #COURSES} courses, for {@link SampleData#insert}; the students take no
     * course of the shared {@code student_courses}: their enrollments are {@link #generated(int)}.
     */
    public static Dataset students(int students) {
        var courses = IntStream.rangeClosed(1, COURSES)
                .mapToObj(i -> String.format("Course %03d", i))
                .toList();
        var generated = IntStream.rangeClosed(1, students)
                .mapToObj(i -> new StudentData(String.format("Student %05d", i), 18 + i % 10, "A", List.of()))
                .toList();
        return new Dataset(courses, generated);
    }

    /**
     * {@value #COURSES_PER_STUDENT} courses for each of {@code students} students, spread evenly: student {@code i}
     * (from 1) takes the courses {@code 1 + (i % 50) + 50 * j}, so each course has {@code students / 50} students.
     */
    public static List<Registration> generated(int students) {
        var registrations = new ArrayList<Registration>(students);
        var stride = COURSES / COURSES_PER_STUDENT;
        for (var i = 1; i <= students; i++) {
            var first = 1L + i % stride;
            var courseIds = IntStream.range(0, COURSES_PER_STUDENT)
                    .mapToObj(j -> first + (long) stride * j)
                    .toList();
            registrations.add(new Registration(i, courseIds, Registration.TERM_START.plusDays(i % 30)));
        }
        return registrations;
    }
}
