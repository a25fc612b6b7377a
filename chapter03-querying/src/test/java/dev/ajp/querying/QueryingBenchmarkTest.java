package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The benchmark measures what the tests check: every approach it names exists and returns the tested rows. */
class QueryingBenchmarkTest {

    @Test
    void theBenchmarkMeasuresEveryFormAndBothEntityLoadingsOnTheTestedRows() throws Exception {
        var approaches = QueryingBenchmark.class.getDeclaredField("approach").getAnnotation(Param.class);
        var data = DataCase.CANONICAL;

        assertThat(approaches.value())
                .containsAll(
                        Stream.of(QueryForm.values()).map(QueryForm::toString).toList())
                .hasSize(QueryForm.values().length + 4);
        try (var db = data.open()) {
            var frameworks = Frameworks.on(db);
            for (var approach : approaches.value()) {
                assertThat(QueryingBenchmark.joinAs(approach, frameworks).get())
                        .as(approach)
                        .isEqualTo(Expected.enrollments(data.data()));
            }
        }
    }
}
