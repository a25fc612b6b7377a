package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.model.SampleData;
import dev.ajp.querying.PaginationBenchmark.Page;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pagination benchmark measures what the tests check: both ways of paging, each returning the right page. (What
 * the benchmark runs is in {@link BenchmarkParametersTest}.)
 */
class PaginationBenchmarkTest {

    static Stream<Arguments> approachesAndPages() {
        return Stream.of(Approach.HIBERNATE_JPQL, Approach.ECLIPSELINK_JPQL, Approach.JDBI_FLUENT)
                .flatMap(approach -> Stream.of(Paging.values())
                        .flatMap(paging -> Stream.of(Page.values()).map(page -> Arguments.of(approach, paging, page))));
    }

    /**
     * The benchmark's own set-up and operation, on 1,000 students: the first page is students 1 to 20, the last is
     * students 981 to 1,000, by OFFSET and by keyset alike.
     */
    @ParameterizedTest(name = "{0}, {1}, {2} page")
    @MethodSource("approachesAndPages")
    void everyApproachReadsTheFirstOrTheLastTwentyStudents(Approach approach, Paging paging, Page page) {
        var students = 1_000;
        var benchmark = new PaginationBenchmark();
        benchmark.students = students;
        benchmark.approach = approach;
        benchmark.paging = paging;
        benchmark.page = page;
        benchmark.setUp();
        try {
            var everyone = ExpectedResults.listedStudents(SampleData.generated(students, 3));
            var expected = page == Page.FIRST
                    ? everyone.subList(0, PaginationBenchmark.PAGE_SIZE)
                    : everyone.subList(students - PaginationBenchmark.PAGE_SIZE, students);

            assertThat(benchmark.readPage())
                    .as(approach.label() + ", " + paging.label())
                    .isEqualTo(expected);
        } finally {
            benchmark.tearDown();
        }
    }
}
