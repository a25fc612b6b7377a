package dev.ajp.benchreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartWriterTest {

    private static final String BENCHMARK = "dev.ajp.eagerloading.EagerLoadingBenchmark.load";

    private static BenchmarkTable table(double fast, double slow) {
        var results = JmhResult.read(JmhJsonFiles.write(JmhJson.on("h2")
                .result(BENCHMARK, fast, 0.01, "ms/op", "approach", "JoinFetch", "students", "100")
                .result(BENCHMARK, slow, 0.01, "ms/op", "approach", "LazyLoading", "students", "100")));
        return BenchmarkTable.of(results, new ReportSettings(null, null), new Notes("H2 2.5.252", null, Map.of()))
                .get(0);
    }

    @Test
    void timesWithinTwoOrdersOfMagnitudeGetALinearAxis() {
        var table = table(0.5, 40);

        assertThat(ChartWriter.useLogScale(table)).isFalse();
        assertThat(ChartWriter.svg(table, "H2")).contains(">time per operation (ms/op)<");
    }

    @Test
    void timesSpanningMoreThanTwoOrdersOfMagnitudeGetALogAxis() {
        var table = table(0.5, 60);

        assertThat(ChartWriter.useLogScale(table)).isTrue();
        assertThat(ChartWriter.svg(table, "H2")).contains(">time per operation (ms/op, log scale)<");
    }

    @Test
    void theSameTableGivesTheSameBytes() {
        assertThat(ChartWriter.svg(table(0.5, 60), "H2")).isEqualTo(ChartWriter.svg(table(0.5, 60), "H2"));
    }

    @Test
    void theChartIsAsWideAsAReadmeAndScalesWithItsViewBox() {
        var svg = ChartWriter.svg(table(1, 2), "PostgreSQL");

        assertThat(svg).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ");
        assertThat(svg).contains("width='800'").contains("viewBox='0 0 800 " + ChartWriter.height(table(1, 2)) + "'");
        assertThat(svg.strip()).endsWith("</svg>");
        assertThat(List.of("1.00  JoinFetch", "2.00  LazyLoading", "EagerLoadingBenchmark.load on PostgreSQL"))
                .allSatisfy(text -> assertThat(svg).contains(">" + text + "<"));
    }
}
