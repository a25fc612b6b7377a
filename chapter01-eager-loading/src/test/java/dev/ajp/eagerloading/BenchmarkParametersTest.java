package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.BenchmarkParameters;
import dev.ajp.kit.ModuleDirectory;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/**
 * What the benchmark runs, read from its {@code @Param}s: the kit's rules ({@link BenchmarkParameters}), every approach,
 * and the sizes the README's "Measured" section names.
 */
class BenchmarkParametersTest {

    @Test
    void everyValueNamesWhatRunsWhereItsBenchmarkRunsAndEveryApproachIsMeasured() {
        var benchmarks = BenchmarkParameters.benchmarks();

        assertThat(benchmarks).isNotEmpty();
        assertThat(BenchmarkParameters.problems(benchmarks)).isEmpty();
    }

    @Test
    void theBenchmarkRunsEveryApproach() throws NoSuchFieldException {
        var field = EagerLoadingBenchmark.class.getField("approach");

        // Enum-typed and no values listed: JMH runs every constant. A list would silently leave new approaches out.
        assertThat(field.getType()).isEqualTo(Approach.class);
        assertThat(field.getAnnotation(Param.class).value()).containsExactly(Param.BLANK_ARGS);
    }

    @Test
    void theBenchmarkRunsTheSizesTheReadmeNames() throws Exception {
        var sizes = EagerLoadingBenchmark.class
                .getField("students")
                .getAnnotation(Param.class)
                .value();
        var numbers = Arrays.stream(sizes)
                .map(size -> String.format(Locale.ROOT, "%,d", Integer.parseInt(size)))
                .toList();
        var named =
                String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1);

        assertThat(sizes).containsExactly("100", "1000");
        assertThat(Files.readString(
                        ModuleDirectory.of(BenchmarkParametersTest.class).resolve("README.md")))
                .contains("`EagerLoadingBenchmark` runs every approach for " + named + " students");
    }
}
