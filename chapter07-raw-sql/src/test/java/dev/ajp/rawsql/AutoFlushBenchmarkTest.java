package dev.ajp.rawsql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import jakarta.persistence.FlushModeType;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The auto-flush benchmark measures a flush that finds nothing to write: in every combination the measured query is
 * one SELECT, with the right count, and no INSERT or UPDATE, however many students are managed.
 */
class AutoFlushBenchmarkTest {

    static Stream<Arguments> combinations() {
        return Stream.of(JpaProvider.values())
                .flatMap(p -> Stream.of(FlushModeType.values())
                        .flatMap(mode ->
                                Stream.of(0, AutoFlushBenchmark.STUDENTS).map(n -> Arguments.of(p, mode, n))));
    }

    @ParameterizedTest
    @MethodSource("combinations")
    void theMeasuredQueryIsOneSelectAndWritesNothing(JpaProvider provider, FlushModeType flushMode, int managed) {
        var data = SampleData.generated(AutoFlushBenchmark.STUDENTS, 0);
        try (var db = ChapterDatabase.setup().data(data).open()) {
            var emf = db.frameworks(Student.class, Course.class).jpa(provider);
            var em = AutoFlushBenchmark.transactionWithManagedStudents(emf, flushMode, managed);
            try {
                var recording = db.recorder().record(() -> AutoFlushBenchmark.countOlderThan20(em));

                assertThat(recording.result())
                        .isEqualTo(data.students().stream()
                                .filter(s -> s.age() > 20)
                                .count());
                assertThat(recording.statements())
                        .singleElement()
                        .satisfies(s -> assertThat(s.sql()).startsWith("select count(*) from students"));
                assertThat(recording.events()).isEmpty();
            } finally {
                em.getTransaction().rollback();
                em.close();
            }
        }
    }
}
