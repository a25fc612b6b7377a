package dev.ajp.model;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * The data the chapters work on: the tutorial's five students and five courses, and a deterministic generator of
 * larger sets of the same shape for tests and benchmarks.
 *
 * <p>{@link #insert} writes a data set with plain JDBC batches, with ids 1, 2, 3... in list order, and then moves the
 * sequences past them, so that an entity persisted afterwards by either JPA provider takes the next free id.
 */
public final class SampleData {

    /** The class-path location of the schema script of students, courses and student_courses. */
    public static final String SCHEMA = "/dev/ajp/schema/students-and-courses.sql";

    /**
     * A student as data, before it has an id.
     *
     * @param courses the names of the student's courses, in course order
     */
    public record StudentData(String name, int age, String grade, List<String> courses) {
        public StudentData {
            courses = List.copyOf(courses);
        }
    }

    /**
     * A data set: courses in id order, students in id order.
     *
     * @param courses course names; the course with id {@code i} is {@code courses.get(i - 1)}
     * @param students students; the student with id {@code i} is {@code students.get(i - 1)}
     */
    public record Dataset(List<String> courses, List<StudentData> students) {
        public Dataset {
            courses = List.copyOf(courses);
            students = List.copyOf(students);
            for (var student : students) {
                if (!courses.containsAll(student.courses())) {
                    throw new IllegalArgumentException(student.name() + " takes a course that is not in " + courses);
                }
            }
        }

        /** The number of rows of student_courses. */
        public int enrollments() {
            return students.stream().mapToInt(s -> s.courses().size()).sum();
        }
    }

    private SampleData() {}

    /**
     * The tutorial's examples made concrete: Alice, Bob, Carol, Dave (no courses) and Eve; five courses, of which
     * nobody takes Art.
     */
    public static Dataset canonical() {
        return new Dataset(
                List.of("Mathematics", "Physics", "Chemistry", "History", "Art"),
                List.of(
                        new StudentData("Alice", 22, "A", List.of("Mathematics", "Physics")),
                        new StudentData("Bob", 21, "B", List.of("Mathematics")),
                        new StudentData("Carol", 23, "A", List.of("Physics", "Chemistry", "History")),
                        new StudentData("Dave", 20, "C", List.of()),
                        new StudentData("Eve", 24, "A", List.of("Mathematics", "History"))));
    }

    /**
     * {@code students} students, each taking {@code coursesPerStudent} different courses out of a catalogue of
     * {@code max(10, 3 * coursesPerStudent)}. The same arguments always give the same data: names {@code Student
     * 00001}, ..., ages 18 to 27, grades A to D, and course choices that spread over the whole catalogue.
     */
    public static Dataset generated(int students, int coursesPerStudent) {
        if (students < 0 || coursesPerStudent < 0) {
            throw new IllegalArgumentException(
                    "students and coursesPerStudent must not be negative: " + students + ", " + coursesPerStudent);
        }
        var catalogue = Math.max(10, 3 * coursesPerStudent);
        var courses = IntStream.rangeClosed(1, catalogue)
                .mapToObj(i -> String.format("Course %03d", i))
                .toList();
        var generated = new ArrayList<StudentData>(students);
        for (var i = 0; i < students; i++) {
            var first = (i * 7) % catalogue;
            var chosen = IntStream.range(0, coursesPerStudent)
                    .map(j -> (first + j) % catalogue)
                    .sorted()
                    .mapToObj(courses::get)
                    .toList();
            generated.add(new StudentData(
                    String.format("Student %05d", i + 1),
                    18 + (i * 3) % 10,
                    String.valueOf("ABCD".charAt(i % 4)),
                    chosen));
        }
        return new Dataset(courses, generated);
    }

    /**
     * Inserts a data set into empty tables (ids 1, 2, 3... in list order), in one transaction, and moves both
     * sequences past the ids it used.
     */
    public static void insert(DataSource dataSource, Dataset data) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var courses = connection.prepareStatement("insert into courses (id, course_name) values (?, ?)");
                    var students = connection.prepareStatement(
                            "insert into students (id, name, age, grade) values (?, ?, ?, ?)");
                    var enrollments = connection.prepareStatement(
                            "insert into student_courses (student_id, course_id) values (?, ?)");
                    var sequences = connection.createStatement()) {
                var courseIds = new HashMap<String, Long>();
                for (var i = 0; i < data.courses().size(); i++) {
                    courseIds.put(data.courses().get(i), i + 1L);
                    courses.setLong(1, i + 1L);
                    courses.setString(2, data.courses().get(i));
                    courses.addBatch();
                }
                courses.executeBatch();
                for (var i = 0; i < data.students().size(); i++) {
                    var student = data.students().get(i);
                    students.setLong(1, i + 1L);
                    students.setString(2, student.name());
                    students.setInt(3, student.age());
                    students.setString(4, student.grade());
                    students.addBatch();
                    for (var course : student.courses()) {
                        enrollments.setLong(1, i + 1L);
                        enrollments.setLong(2, courseIds.get(course));
                        enrollments.addBatch();
                    }
                    if (i % 1000 == 999) {
                        students.executeBatch();
                        enrollments.executeBatch();
                    }
                }
                students.executeBatch();
                enrollments.executeBatch();
                // The next block of 50 handed out by a sequence starts right after the last id used here.
                sequences.execute("alter sequence students_seq restart with "
                        + (data.students().size() + 50));
                sequences.execute("alter sequence courses_seq restart with "
                        + (data.courses().size() + 50));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not insert the sample data: " + e.getMessage(), e);
        }
    }
}
