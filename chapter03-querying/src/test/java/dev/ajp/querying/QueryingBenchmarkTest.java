package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.model.Course;
import dev.ajp.model.Student;
import dev.ajp.querying.QueryingBenchmark.Approach;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.annotations.Param;

/**
 * The join benchmark measures what the tests check: every way to answer the join, each returning the tested pairs.
 * And the chapter's benchmarks stay small enough for a full run of about fifteen minutes per database.
 */
class QueryingBenchmarkTest {

    /**
     * The join at 10,000 students only (its 100-student size was dropped when pagination came), and a page of the
     * same 10,000 students: 12 + 6 x 2 = 24 combinations of parameters per database, about 35 s each.
     */
    @Test
    void bothBenchmarksRunAtTenThousandStudentsInTwentyFourCombinations() throws NoSuchFieldException {
        assertThat(params(QueryingBenchmark.class, "students")).containsExactly("10000");
        assertThat(params(PaginationBenchmark.class, "students")).containsExactly("10000");
        // An enum parameter without values runs every constant.
        assertThat(params(QueryingBenchmark.class, "approach")).isEmpty();
        assertThat(params(PaginationBenchmark.class, "approach")).isEmpty();
        assertThat(params(PaginationBenchmark.class, "page")).isEmpty();

        var join = Approach.values().length;
        var pages = PaginationBenchmark.Approach.values().length * PaginationBenchmark.Page.values().length;
        assertThat(join + pages).isEqualTo(12 + 12);
    }

    /** The values a benchmark's {@code @Param} lists; none when it lists none (JMH then runs every enum constant). */
    private static List<String> params(Class<?> benchmark, String field) throws NoSuchFieldException {
        var values =
                List.of(benchmark.getField(field).getAnnotation(Param.class).value());
        return values.equals(List.of(Param.BLANK_ARGS)) ? List.of() : values;
    }

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
