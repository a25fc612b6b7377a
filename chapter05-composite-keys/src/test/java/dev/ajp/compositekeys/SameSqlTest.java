package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.RecordedStatement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code @EmbeddedId} and {@code @IdClass} map one table and send the same SQL for every operation, statement for
 * statement, on Hibernate. On EclipseLink too, but for one difference: with {@code @EmbeddedId} and {@code @MapsId}
 * it loads the course and the student of an enrollment it changes or removes. That is why the benchmark does not
 * compare the two mappings: there is nothing in the SQL to measure.
 */
class SameSqlTest {

    private static final LocalDate SEPT_10 = LocalDate.parse("2024-09-10");

    /** The operations of the question, in an order that works on the tutorial's data, by name. */
    private static final Map<String, Consumer<Enrollments>> OPERATIONS = new LinkedHashMap<>();

    static {
        OPERATIONS.put("enroll", e -> e.enroll(4, List.of(2L, 5L), SEPT_10));
        OPERATIONS.put("find", e -> e.find(new EnrollmentKey(3, 3)));
        OPERATIONS.put("coursesOf", e -> e.coursesOf(3));
        OPERATIONS.put("studentsOf", e -> e.studentsOf(1));
        OPERATIONS.put("changeDate", e -> e.changeDate(new EnrollmentKey(2, 1), SEPT_10));
        OPERATIONS.put("remove", e -> e.remove(new EnrollmentKey(3, 3)));
        OPERATIONS.put("enrollIfAbsent", e -> e.enrollIfAbsent(new EnrollmentKey(1, 3), SEPT_10));
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void embeddedIdAndIdClassSendTheSameStatements(JpaProvider provider) {
        var embeddedId = sent(
                provider == JpaProvider.HIBERNATE ? Approach.HIBERNATE_EMBEDDED_ID : Approach.ECLIPSELINK_EMBEDDED_ID);
        var idClass =
                sent(provider == JpaProvider.HIBERNATE ? Approach.HIBERNATE_ID_CLASS : Approach.ECLIPSELINK_ID_CLASS);

        for (var operation : OPERATIONS.keySet()) {
            var withEmbeddedId = embeddedId.get(operation);
            var withIdClass = idClass.get(operation);
            var loadsAtCommit = provider == JpaProvider.ECLIPSELINK
                    && (operation.equals("changeDate") || operation.equals("remove"));
            if (loadsAtCommit) {
                // The find, then the course and the student that filling the @MapsId key at commit loads, then the
                // same statement as with @IdClass.
                assertThat(withEmbeddedId).hasSize(withIdClass.size() + 2);
                assertThat(withEmbeddedId.get(0)).isEqualTo(withIdClass.get(0));
                assertThat(withEmbeddedId.get(1)).isEqualTo("SELECT ID, course_name FROM courses WHERE (ID = ?)");
                assertThat(withEmbeddedId.get(2)).isEqualTo("SELECT ID, AGE, GRADE, NAME FROM students WHERE (ID = ?)");
                assertThat(withEmbeddedId.subList(3, withEmbeddedId.size()))
                        .isEqualTo(withIdClass.subList(1, withIdClass.size()));
            } else {
                assertThat(withEmbeddedId).as(operation).isNotEmpty().isEqualTo(withIdClass);
            }
        }
    }

    /** The statements each operation sent, run one after the other on a fresh copy of the tutorial's data. */
    private static Map<String, List<String>> sent(Approach approach) {
        try (var db = EnrollmentData.canonical()) {
            var enrollments = approach.on(db);
            var sent = new LinkedHashMap<String, List<String>>();
            OPERATIONS.forEach((name, operation) -> sent.put(
                    name,
                    db.recorder().record(() -> operation.accept(enrollments)).statements().stream()
                            .map(RecordedStatement::sql)
                            .toList()));
            return sent;
        }
    }
}
