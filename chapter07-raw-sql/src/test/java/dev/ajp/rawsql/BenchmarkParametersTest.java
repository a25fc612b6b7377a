package dev.ajp.rawsql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.BenchmarkParameters;
import org.junit.jupiter.api.Test;

/**
 * What the chapter's benchmarks run, read from their {@code @Param}s, by the kit's rules ({@link BenchmarkParameters}):
 * every value names an approach (or a value) that exists and runs on every database its benchmark runs on, and every
 * approach is measured on every database it runs on.
 */
class BenchmarkParametersTest {

    @Test
    void everyValueNamesWhatRunsWhereItsBenchmarkRunsAndEveryApproachIsMeasured() {
        var benchmarks = BenchmarkParameters.benchmarks();

        assertThat(benchmarks).isNotEmpty();
        assertThat(BenchmarkParameters.problems(benchmarks)).isEmpty();
    }
}
