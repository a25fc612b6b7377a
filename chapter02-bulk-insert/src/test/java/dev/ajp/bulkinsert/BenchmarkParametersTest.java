package dev.ajp.bulkinsert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The benchmarks measure every approach that runs on this database, under the name the README gives it. */
class BenchmarkParametersTest {

    @Test
    void theBenchmarksMeasureEveryApproachThatRunsHereByItsName() throws Exception {
        var database = DatabaseSettings.fromEnvironment().kind();
        var measured = new ArrayList<>(approachValues(BulkInsertBenchmark.class));
        if (database == DatabaseSettings.Kind.POSTGRES) {
            // Compiled on PostgreSQL only (see the pom): found by name, so that this test compiles on H2 too.
            measured.addAll(approachValues(Class.forName("dev.ajp.bulkinsert.PostgresBulkInsertBenchmark")));
        }

        assertThat(measured)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Approach.values())
                        .filter(a -> a.runsOn(database))
                        .map(Approach::label)
                        .toList());
    }

    private static List<String> approachValues(Class<?> benchmark) throws NoSuchFieldException {
        return List.of(benchmark.getField("approach").getAnnotation(Param.class).value());
    }
}
