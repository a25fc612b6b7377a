package dev.ajp.querying;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import dev.ajp.testsupport.ReadmeSql;
import dev.ajp.testsupport.ReadmeSql.Operation;
import dev.ajp.testsupport.ReadmeSql.Sent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL the frameworks send (test-support's {@link ReadmeSql} explains the markers): a
 * label {@code QUERY: FORM} runs that query, with the arguments the main uses, in that query form on the tutorial's
 * data.
 */
class ReadmeSqlTest {

    /** The README's query names, with the arguments the main uses. */
    static final Map<String, Function<StudentQueries, List<?>>> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("filter", q -> q.olderThanWithGrade(21, "A"));
        QUERIES.put("join", StudentQueries::studentCoursePairs);
        QUERIES.put("count", StudentQueries::studentsPerCourse);
        QUERIES.put("left-join", StudentQueries::studentsPerCourseIncludingEmpty);
        QUERIES.put("courses-per-student", StudentQueries::coursesPerStudent);
        QUERIES.put("having", q -> q.popularCourses(2));
        QUERIES.put("page", q -> q.studentCoursePairsPage(3, 3));
        QUERIES.put("offset", q -> q.studentsByOffset(2, 2));
        QUERIES.put("keyset", q -> q.studentsAfter(2, 2));
    }

    @Test
    void everySqlBlockIsWhatTheNamedFormsSend() {
        try (var opened = DataCase.CANONICAL.open()) {
            var frameworks = opened.frameworks(Student.class, Course.class);
            var labels = new LinkedHashMap<String, Operation>();
            QUERIES.forEach((name, query) -> {
                for (var form : Approach.queryForms()) {
                    labels.put(name + ": " + form.label(), () -> {
                        var queries = form.on(frameworks);
                        return Sent.of(opened.recorder().record(() -> query.apply(queries)));
                    });
                }
            });
            ReadmeSql.assertChapter(ModuleDirectory.of(ReadmeSqlTest.class), labels);
        }
    }
}
