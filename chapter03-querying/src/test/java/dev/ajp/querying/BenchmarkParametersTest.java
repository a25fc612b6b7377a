package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.BenchmarkParameters;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the chapter's benchmarks run, read from their {@code @Param}s: the kit's rules (every value names an approach
 * that runs where its benchmark runs, every approach is measured wherever it runs), then this chapter's choices. That
 * each measured operation returns what the tests check is in {@link QueryingBenchmarkTest} and
 * {@link PaginationBenchmarkTest}.
 */
class BenchmarkParametersTest {

    @Test
    void everyValueNamesWhatRunsWhereItsBenchmarkRunsAndEveryApproachIsMeasured() {
        var benchmarks = BenchmarkParameters.benchmarks();

        assertThat(benchmarks).isNotEmpty();
        assertThat(BenchmarkParameters.problems(benchmarks)).isEmpty();
    }

    @Test
    void theJoinBenchmarkMeasuresEveryApproachOnce() {
        assertThat(BenchmarkParameters.values(QueryingBenchmark.class, "approach"))
                .doesNotHaveDuplicates()
                .containsExactlyElementsOf(
                        Stream.of(Approach.values()).map(Approach::name).toList());
    }

    @Test
    void thePaginationBenchmarkMeasuresBothWaysOfPagingInJpqlOnEachProviderAndInJdbi() {
        assertThat(BenchmarkParameters.values(PaginationBenchmark.class, "approach"))
                .containsExactly("HIBERNATE_JPQL", "ECLIPSELINK_JPQL", "JDBI_FLUENT")
                .allMatch(name -> Approach.valueOf(name).answersEveryQuery());
        assertThat(BenchmarkParameters.values(PaginationBenchmark.class, "paging"))
                .containsExactly("OFFSET", "KEYSET");
        assertThat(BenchmarkParameters.values(PaginationBenchmark.class, "page"))
                .containsExactly("FIRST", "LAST");
    }

    /**
     * The join at 10,000 students only (its 100-student size was dropped when pagination came), and a page of the
     * same 10,000 students: 12 + 3 x 2 x 2 = 24 combinations of parameters per database, about 35 s each, a full
     * run of about fifteen minutes per database.
     */
    @Test
    void bothBenchmarksRunAtTenThousandStudentsInTwentyFourCombinations() {
        assertThat(BenchmarkParameters.values(QueryingBenchmark.class, "students"))
                .containsExactly("10000");
        assertThat(BenchmarkParameters.values(PaginationBenchmark.class, "students"))
                .containsExactly("10000");

        var join =
                BenchmarkParameters.values(QueryingBenchmark.class, "approach").size();
        var pages = BenchmarkParameters.values(PaginationBenchmark.class, "approach")
                        .size()
                * BenchmarkParameters.values(PaginationBenchmark.class, "paging")
                        .size()
                * BenchmarkParameters.values(PaginationBenchmark.class, "page").size();
        assertThat(join + pages).isEqualTo(12 + 12);
    }
}
