package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.model.Course;
import dev.ajp.model.Student;
import dev.ajp.querying.QueryingBenchmark.Approach;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmark measures what the tests check: every way to answer the join, each returning the tested pairs. */
class QueryingBenchmarkTest {

    @Test
    void theBenchmarkMeasuresEveryQueryFormAndEveryEntityLoadingOnce() {
        var everyWay = Stream.concat(Stream.of(QueryForm.values()), Stream.of(EntityLoading.values()))
                .toList();

        assertThat(Stream.of(Approach.values()).map(Approach::way))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(everyWay);
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void everyApproachReturnsTheTestedPairs(Approach approach) {
        var data = DataCase.CANONICAL;
        try (var db = data.open()) {
            var join = approach.way().join(db.frameworks(Student.class, Course.class));

            assertThat(join.get()).as(approach.label()).isEqualTo(Expected.studentCoursePairs(data.data()));
        }
    }
}
