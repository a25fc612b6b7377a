package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.model.SampleData;
import dev.ajp.querying.PaginationBenchmark.Approach;
import dev.ajp.querying.PaginationBenchmark.Page;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pagination benchmark measures what the tests check: both ways of paging, each returning the right page. */
class PaginationBenchmarkTest {

    @Test
    void theBenchmarkMeasuresBothWaysOfPagingInJpqlOnEachProviderAndInJdbi() {
        var forms = Stream.of(QueryForm.HIBERNATE_JPQL, QueryForm.ECLIPSELINK_JPQL, QueryForm.JDBI_FLUENT)
                .toList();
        var everyPairing = forms.stream()
                .flatMap(form -> Stream.of(Paging.values()).map(paging -> form.label() + ", " + paging.label()))
                .toList();

        assertThat(Stream.of(Approach.values()).map(Approach::label))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(everyPairing);
    }

    static Stream<Arguments> approachesAndPages() {
        return Stream.of(Approach.values())
                .flatMap(approach -> Stream.of(Page.values()).map(page -> Arguments.of(approach, page)));
    }

    /**
     * The benchmark's own set-up and operation, on 1,000 students: the first page is students 1 to 20, the last is
     * students 981 to 1,000, by OFFSET and by keyset alike.
     */
    @ParameterizedTest(name = "{0}, {1} page")
    @MethodSource("approachesAndPages")
    void everyApproachReadsTheFirstOrTheLastTwentyStudents(Approach approach, Page page) {
        var students = 1_000;
        var benchmark = new PaginationBenchmark();
        benchmark.students = students;
        benchmark.approach = approach;
        benchmark.page = page;
        benchmark.setUp();
        try {
            var everyone = Expected.listedStudents(SampleData.generated(students, 3));
            var expected = page == Page.FIRST
                    ? everyone.subList(0, PaginationBenchmark.PAGE_SIZE)
                    : everyone.subList(students - PaginationBenchmark.PAGE_SIZE, students);

            assertThat(benchmark.readPage()).as(approach.label()).isEqualTo(expected);
        } finally {
            benchmark.tearDown();
        }
    }
}
