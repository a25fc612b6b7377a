package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

class BenchmarkParametersTest {

    @Test
    void theBenchmarkRunsEveryApproachUnderItsReadmeName() throws NoSuchFieldException {
        var approaches = EagerLoadingBenchmark.class.getField("approach").getAnnotation(Param.class);

        assertThat(approaches.value())
                .containsExactly(
                        Arrays.stream(Approach.values()).map(Approach::label).toArray(String[]::new));
    }

    @Test
    void theBenchmarkRunsTenAHundredAndAThousandStudents() throws NoSuchFieldException {
        var students = EagerLoadingBenchmark.class.getField("students").getAnnotation(Param.class);

        assertThat(students.value()).containsExactly("10", "100", "1000");
    }
}
