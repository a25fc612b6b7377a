package dev.ajp.compositekeys;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.testsupport.ReadmeSql;
import dev.ajp.testsupport.ReadmeSql.Operation;
import dev.ajp.testsupport.ReadmeSql.Sent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL the approaches send (test-support's {@link ReadmeSql} explains the markers): a
 * label {@code OPERATION: APPROACH} runs that operation with that approach on the tutorial's data, in a fresh database.
 */
class ReadmeSqlTest {

    private static final LocalDate SEPT_10 = LocalDate.parse("2024-09-10");

    /** The README's operation names. */
    private static final Map<String, Consumer<Enrollments>> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("enroll", e -> e.enroll(4, List.of(2L), SEPT_10));
        OPERATIONS.put("find", e -> e.find(new EnrollmentKey(3, 3)));
        OPERATIONS.put("courses-of", e -> e.coursesOf(3));
        OPERATIONS.put("students-of", e -> e.studentsOf(1));
        OPERATIONS.put("change-date", e -> e.changeDate(new EnrollmentKey(2, 1), SEPT_10));
        OPERATIONS.put("remove", e -> e.remove(new EnrollmentKey(3, 3)));
        OPERATIONS.put("enroll-if-absent", e -> e.enrollIfAbsent(new EnrollmentKey(4, 5), SEPT_10));
    }

    @Test
    void everySqlBlockInTheReadmeIsWhatTheNamedApproachesSend() {
        var labels = new LinkedHashMap<String, Operation>();
        OPERATIONS.forEach((name, operation) -> {
            for (var approach : Approach.values()) {
                labels.put(name + ": " + approach.label(), () -> {
                    try (var db = EnrollmentData.canonical()) {
                        var enrollments = approach.on(db);
                        return Sent.of(db.recorder().record(() -> operation.accept(enrollments)));
                    }
                });
            }
        });
        ReadmeSql.assertChapter(ModuleDirectory.of(ReadmeSqlTest.class), labels);
    }
}
