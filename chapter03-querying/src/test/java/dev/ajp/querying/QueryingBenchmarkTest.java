package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.model.Course;
import dev.ajp.model.Student;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The join benchmark measures what the tests check: every way to answer the join, each returning the tested pairs.
 * (What the benchmarks run is in {@link BenchmarkParametersTest}.)
 */
class QueryingBenchmarkTest {

    @ParameterizedTest
    @EnumSource(Approach.class)
    void everyApproachReturnsTheTestedPairs(Approach approach) {
        var data = DataCase.CANONICAL;
        try (var db = data.open()) {
            var join = approach.join(db.frameworks(Student.class, Course.class));

            assertThat(join.get()).as(approach.label()).isEqualTo(ExpectedResults.studentCoursePairs(data.data()));
        }
    }
}
