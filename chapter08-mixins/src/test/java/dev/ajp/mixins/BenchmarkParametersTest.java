package dev.ajp.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.BenchmarkParameters;
import dev.ajp.kit.DatabaseSettings;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/**
 * What the benchmarks run, read from their {@code @Param}s: the kit's rules ({@link BenchmarkParameters}), and every
 * approach each where it runs: the PostgreSQL-only one in the Postgres benchmark.
 */
class BenchmarkParametersTest {

    @Test
    void everyValueNamesWhatRunsWhereItsBenchmarkRunsAndEveryApproachIsMeasured() {
        var benchmarks = BenchmarkParameters.benchmarks();

        assertThat(benchmarks).isNotEmpty();
        assertThat(BenchmarkParameters.problems(benchmarks)).isEmpty();
    }

    @Test
    void everyApproachIsMeasuredOnTheDatabasesItRunsOn() throws NoSuchFieldException {
        var everywhere = params(TimestampsBenchmark.class);
        var postgresOnly = params(PostgresTimestampsBenchmark.class);

        assertThat(Stream.concat(everywhere.stream(), postgresOnly.stream()))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Approach.values()).map(Approach::name).toList());
        assertThat(everywhere)
                .allSatisfy(name -> assertThat(Approach.valueOf(name).runsOn(DatabaseSettings.Kind.H2))
                        .isTrue());
        assertThat(postgresOnly)
                .allSatisfy(name -> assertThat(Approach.valueOf(name).runsOn(DatabaseSettings.Kind.H2))
                        .isFalse());
    }

    private static List<String> params(Class<?> benchmark) throws NoSuchFieldException {
        return List.of(benchmark.getField("approach").getAnnotation(Param.class).value());
    }
}
