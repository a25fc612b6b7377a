package dev.ajp.querying;

import dev.ajp.model.SampleData.Dataset;
import dev.ajp.model.SampleData.StudentData;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What each query must return, derived from a data set with plain Java streams: the students are in id order in
 * {@code data.students()}, the courses in id order in {@code data.courses()}.
 */
final class ExpectedResults {

    private ExpectedResults() {}

    static List<StudentRow> olderThanWithGrade(Dataset data, int age, String grade) {
        return data.students().stream()
                .filter(s -> s.age() > age && s.grade().equals(grade))
                .map(s -> new StudentRow(s.name(), s.age(), s.grade()))
                .toList();
    }

    static List<StudentCoursePair> studentCoursePairs(Dataset data) {
        return data.students().stream()
                .flatMap(s -> s.courses().stream()
                        .sorted(Comparator.comparingInt(data.courses()::indexOf))
                        .map(course -> new StudentCoursePair(s.name(), course)))
                .toList();
    }

    static List<CourseCount> studentsPerCourseIncludingEmpty(Dataset data) {
        return data.courses().stream()
                .map(course -> new CourseCount(
                        course,
                        data.students().stream()
                                .filter(s -> s.courses().contains(course))
                                .count()))
                .toList();
    }

    static List<CourseCount> studentsPerCourse(Dataset data) {
        return studentsPerCourseIncludingEmpty(data).stream()
                .filter(c -> c.students() > 0)
                .toList();
    }

    static List<StudentCount> coursesPerStudent(Dataset data) {
        return data.students().stream()
                .map(s -> new StudentCount(s.name(), s.courses().size()))
                .toList();
    }

    /** Count at least {@code min}, most students first; a stable sort keeps equal counts in course id order. */
    static List<CourseCount> popularCourses(Dataset data, long min) {
        return studentsPerCourse(data).stream()
                .filter(c -> c.students() >= min)
                .sorted(Comparator.comparingLong(CourseCount::students).reversed())
                .toList();
    }

    /** Every student with its id: {@code SampleData.insert} gives the students ids 1, 2, 3... in list order. */
    static List<ListedStudent> listedStudents(Dataset data) {
        var students = data.students();
        return IntStream.range(0, students.size())
                .mapToObj(i -> new ListedStudent(
                        i + 1,
                        students.get(i).name(),
                        students.get(i).age(),
                        students.get(i).grade()))
                .toList();
    }

    static List<StudentData> studentsWithoutCourses(Dataset data) {
        return data.students().stream().filter(s -> s.courses().isEmpty()).toList();
    }
}
