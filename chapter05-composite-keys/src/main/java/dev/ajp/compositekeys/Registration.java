package dev.ajp.compositekeys;

import dev.ajp.model.SampleData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A student enrolling in courses on one day: what {@link Enrollments#enroll} is given.
 *
 * @param studentId the student
 * @param courseIds the courses, in course order
 * @param date the day of the enrollment
 */
public record Registration(long studentId, List<Long> courseIds, LocalDate date) {

    /** The first day of the tutorial's term: Alice enrolls on it, each next student a day later. */
    public static final LocalDate TERM_START = LocalDate.of(2024, 9, 2);

    public Registration {
        courseIds = List.copyOf(courseIds);
    }

    /**
     * The eight student-course pairs of {@link SampleData#canonical()}, with dates: Alice (id 1) in Mathematics and
     * Physics on 2 September 2024, Bob (2) in Mathematics on the 3rd, Carol (3) in Physics, Chemistry and History on
     * the 4th, Eve (5) in Mathematics and History on the 6th. Dave (4) takes nothing. Ids are positions in the data
     * set, as {@link SampleData#insert} gives them.
     */
    public static List<Registration> canonical() {
        var data = SampleData.canonical();
        var registrations = new ArrayList<Registration>();
        for (var i = 0; i < data.students().size(); i++) {
            var student = data.students().get(i);
            if (!student.courses().isEmpty()) {
                var courseIds = student.courses().stream()
                        .map(course -> data.courses().indexOf(course) + 1L)
                        .toList();
                registrations.add(new Registration(i + 1L, courseIds, TERM_START.plusDays(i)));
            }
        }
        return registrations;
    }

    /** The pairs of this registration, as keys. */
    public List<EnrollmentKey> keys() {
        return courseIds.stream().map(c -> new EnrollmentKey(studentId, c)).toList();
    }
}
