package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.BenchmarkParameters;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/**
 * What the benchmark runs, read from its {@code @Param}s: the kit's rules ({@link BenchmarkParameters}), every key
 * layout, and the sizes.
 */
class BenchmarkParametersTest {

    @Test
    void everyValueNamesWhatRunsWhereItsBenchmarkRunsAndEveryApproachIsMeasured() {
        var benchmarks = BenchmarkParameters.benchmarks();

        assertThat(benchmarks).isNotEmpty();
        assertThat(BenchmarkParameters.problems(benchmarks)).isEmpty();
    }

    @Test
    void theBenchmarkRunsEveryKeyLayoutAtTenThousandAndAHundredThousandEnrollments() throws NoSuchFieldException {
        var approach = KeyOrderBenchmark.class.getField("approach");
        var students = KeyOrderBenchmark.class.getField("students").getAnnotation(Param.class);

        // No values listed: JMH runs every constant of the enum.
        assertThat(approach.getType()).isEqualTo(KeyLayout.class);
        assertThat(approach.getAnnotation(Param.class).value()).containsExactly(Param.BLANK_ARGS);
        assertThat(students.value()).containsExactly("1000", "10000");
        // The smaller size already holds the 10,000 enrollments the chapter measures at least.
        assertThat(EnrollmentData.generated(1000).stream()
                        .mapToInt(r -> r.courseIds().size())
                        .sum())
                .isEqualTo(10_000);
    }
}
