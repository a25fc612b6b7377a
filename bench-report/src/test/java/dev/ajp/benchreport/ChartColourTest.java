package dev.ajp.benchreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Paint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * The colour rule of the charts: colour carries one thing only. In a chart of frameworks it is the framework, the
 * same colour for a framework in every chart of the repository whatever else varies; in a chart without frameworks
 * it is the setting the benchmark varies. The legend names the frameworks and never repeats the bars' labels.
 *
 * <p>Each test states which framework each approach belongs to; the charts are read back from what JFreeChart
 * draws (the series' paints, the legend) and from the SVG (the bars' fills).
 */
class ChartColourTest {

    private static final String INSERT = "dev.ajp.bulkinsert.BulkInsertBenchmark.insert";
    private static final String READ = "dev.ajp.rawsql.RawSqlBenchmark.olderThan20";
    private static final String SAVEPOINTS = "dev.ajp.transactions.SavepointBenchmark.insert";
    private static final String KEYS = "dev.ajp.compositekeys.KeyOrderBenchmark.studentsOfOneCourse";

    /** Chapter 02's kind: approaches named by labels, at two sizes. */
    private static BenchmarkTable inserts() {
        var json = JmhJson.on("h2")
                .note("label.JDBC_BATCH", "JDBC batch")
                .note("label.HIBERNATE_INSERT_MULTIPLE", "Hibernate insertMultiple")
                .note("label.ECLIPSELINK_BATCHED", "EclipseLink batch writing")
                .note("label.JDBI_BATCH", "Jdbi PreparedBatch")
                .note("label.HIBERNATE_PER_ROW", "Hibernate persist per row");
        for (var rows : List.of(100, 1000)) {
            json.result(INSERT, 1.0 * rows, 0.1, "us/op", "approach", "HIBERNATE_PER_ROW", "rows", rows)
                    .result(INSERT, 0.5 * rows, 0.1, "us/op", "approach", "HIBERNATE_INSERT_MULTIPLE", "rows", rows)
                    .result(INSERT, 0.6 * rows, 0.1, "us/op", "approach", "ECLIPSELINK_BATCHED", "rows", rows)
                    .result(INSERT, 0.4 * rows, 0.1, "us/op", "approach", "JDBI_BATCH", "rows", rows)
                    .result(INSERT, 0.3 * rows, 0.1, "us/op", "approach", "JDBC_BATCH", "rows", rows);
        }
        return table(json, notesOf(json));
    }

    /** Chapter 07's kind: the approaches in another order, unlabelled, so named by their enum constants. */
    private static BenchmarkTable reads() {
        var json = JmhJson.on("postgres")
                .result(READ, 3, 0.1, "ms/op", "approach", "JDBI_MAP_TO_MAP", "students", 10000)
                .result(READ, 2, 0.1, "ms/op", "approach", "JDBC_PREPARED_STATEMENT", "students", 10000)
                .result(READ, 5, 0.1, "ms/op", "approach", "ECLIPSELINK_ENTITIES", "students", 10000)
                .result(READ, 4, 0.1, "ms/op", "approach", "HIBERNATE_RECORD", "students", 10000)
                .result(READ, 6, 0.1, "ms/op", "approach", "HIBERNATE_ENTITIES", "students", 10000);
        return table(json, new Notes("PostgreSQL", null, Map.of()));
    }

    /** Chapter 04's kind: every framework with and without a savepoint per row. */
    private static BenchmarkTable savepoints() {
        var json = JmhJson.on("postgres")
                .note("label.JDBC_SAVEPOINT", "JDBC savepoint")
                .note("label.JDBI_SAVEPOINT", "Jdbi savepoint")
                .note("label.HIBERNATE_SAVEPOINT", "Hibernate savepoint")
                .note("label.ECLIPSELINK_SAVEPOINT", "EclipseLink savepoint");
        var score = 1.0;
        for (var approach :
                List.of("JDBC_SAVEPOINT", "JDBI_SAVEPOINT", "HIBERNATE_SAVEPOINT", "ECLIPSELINK_SAVEPOINT")) {
            for (var protection : List.of("NONE", "SAVEPOINT_PER_ROW")) {
                json.result(
                        SAVEPOINTS,
                        score++,
                        0.1,
                        "ms/op",
                        "approach",
                        approach,
                        "protection",
                        protection,
                        "rows",
                        1000);
            }
        }
        return table(json, notesOf(json));
    }

    /** Chapter 05's kind: no framework, four key layouts at two sizes. */
    private static BenchmarkTable keys() {
        var json = JmhJson.on("h2")
                .note("label.STUDENT_FIRST", "key (student_id, course_id) only")
                .note("label.COURSE_FIRST", "key (course_id, student_id) only");
        for (var students : List.of(1000, 10000)) {
            json.result(KEYS, 1, 0.1, "us/op", "approach", "STUDENT_FIRST_INDEXED", "students", students)
                    .result(KEYS, 9, 0.1, "us/op", "approach", "STUDENT_FIRST", "students", students)
                    .result(KEYS, 2, 0.1, "us/op", "approach", "COURSE_FIRST_INDEXED", "students", students)
                    .result(KEYS, 3, 0.1, "us/op", "approach", "COURSE_FIRST", "students", students);
        }
        return table(json, notesOf(json));
    }

    @Test
    void anApproachHasItsFrameworksColourInEveryChartAndEachFrameworkItsOwn() {
        var frameworkOf = Map.ofEntries(
                Map.entry("JDBC batch", "JDBC"),
                Map.entry("Hibernate insertMultiple", "Hibernate"),
                Map.entry("Hibernate persist per row", "Hibernate"),
                Map.entry("EclipseLink batch writing", "EclipseLink"),
                Map.entry("Jdbi PreparedBatch", "Jdbi"),
                Map.entry("JDBI_MAP_TO_MAP", "Jdbi"),
                Map.entry("JDBC_PREPARED_STATEMENT", "JDBC"),
                Map.entry("ECLIPSELINK_ENTITIES", "EclipseLink"),
                Map.entry("HIBERNATE_RECORD", "Hibernate"),
                Map.entry("HIBERNATE_ENTITIES", "Hibernate"));
        var colourOf = new HashMap<String, Set<Paint>>();
        for (var table : List.of(inserts(), reads())) {
            seriesPaints(table)
                    .forEach((series, paint) -> colourOf.computeIfAbsent(frameworkOf.get(series), f -> new HashSet<>())
                            .add(paint));
        }

        assertThat(colourOf).containsOnlyKeys("JDBC", "Hibernate", "EclipseLink", "Jdbi");
        assertThat(colourOf.values()).allSatisfy(paints -> assertThat(paints).hasSize(1));
        assertThat(colourOf.values().stream().flatMap(Set::stream).distinct()).hasSize(4);
    }

    @Test
    void aSecondParameterIsNotColouredTheFrameworkIs() {
        var table = savepoints();
        var paints = seriesPaints(table);

        assertThat(paints.get("JDBC savepoint, protection: none"))
                .isEqualTo(paints.get("JDBC savepoint, protection: savepoint per row"));
        assertThat(paints.get("Hibernate savepoint, protection: none"))
                .isEqualTo(paints.get("Hibernate savepoint, protection: savepoint per row"));
        assertThat(Set.copyOf(paints.values())).hasSize(4);
        // the same colours as the frameworks' in the other charts
        assertThat(paints.get("Hibernate savepoint, protection: none"))
                .isEqualTo(seriesPaints(inserts()).get("Hibernate insertMultiple"));
        assertThat(paints.get("Jdbi savepoint, protection: savepoint per row"))
                .isEqualTo(seriesPaints(reads()).get("JDBI_MAP_TO_MAP"));
    }

    @Test
    void theBarsInTheSvgAreFilledWithTheFrameworksColoursOnly() {
        var svg = ChartWriter.svg(savepoints(), "PostgreSQL");
        var fills = new HashSet<String>();
        var fill = Pattern.compile("<rect [^>]*style='fill:(rgb\\([0-9,]+\\))").matcher(svg);
        while (fill.find()) {
            fills.add(fill.group(1));
        }
        fills.remove("rgb(255,255,255)"); // the background

        assertThat(fills)
                .hasSize(4)
                .containsExactlyInAnyOrderElementsOf(seriesPaints(savepoints()).values().stream()
                        .distinct()
                        .map(paint -> (Color) paint)
                        .map(c -> "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")")
                        .toList());
    }

    @Test
    void theLegendNamesTheFrameworksInAFixedOrderAndNoBar() {
        assertThat(legend(reads())).containsExactly("JDBC", "Hibernate", "EclipseLink", "Jdbi");
        assertThat(legend(savepoints())).containsExactly("JDBC", "Hibernate", "EclipseLink", "Jdbi");
        var svg = ChartWriter.svg(savepoints(), "PostgreSQL");
        // each bar's name appears once, at its bar
        assertThat(svg).containsOnlyOnce(">8.00  EclipseLink savepoint, protection: savepoint per row<");
        assertThat(svg).doesNotContain(">EclipseLink savepoint, protection: savepoint per row<");
    }

    @Test
    void anApproachThatNamesNoFrameworkGetsAColourOfItsOwnCalledOther() {
        var json = JmhJson.on("postgres")
                .note("label.POSTGRES_COPY", "PostgreSQL COPY")
                .result(INSERT, 1, 0.1, "ms/op", "approach", "POSTGRES_COPY", "rows", 10000)
                .result(INSERT, 2, 0.1, "ms/op", "approach", "JDBC_REWRITTEN_BATCH", "rows", 10000)
                .result(INSERT, 3, 0.1, "ms/op", "approach", "HIBERNATE_BATCHED_REWRITTEN", "rows", 10000);
        var table = table(json, notesOf(json));
        var paints = seriesPaints(table);

        assertThat(legend(table)).containsExactly("JDBC", "Hibernate", "other");
        assertThat(paints.get("JDBC_REWRITTEN_BATCH"))
                .isEqualTo(seriesPaints(inserts()).get("JDBC batch"));
        assertThat(Set.copyOf(paints.values())).hasSize(3);
    }

    @Test
    void withoutFrameworksTheSettingIsColouredTheSameAtEverySizeAndThereIsNoLegend() {
        var table = keys();
        var chart = ChartWriter.chart(table, "H2");
        var paints = seriesPaints(table);
        var frameworkColours = new HashSet<Paint>(seriesPaints(inserts()).values());

        assertThat(chart.getLegend()).isNull();
        assertThat(Set.copyOf(paints.values())).hasSize(4).doesNotContainAnyElementsOf(frameworkColours);
        // one series per layout, drawn at both sizes in its one colour
        assertThat(table.series()).hasSize(4);
        assertThat(ChartWriter.svg(table, "H2")).contains(">9.00  key (student_id, course_id) only<");
    }

    private static BenchmarkTable table(JmhJson json, Notes notes) {
        var results = JmhResult.read(JmhJsonFiles.write(json));
        return BenchmarkTable.of(results, new ReportSettings(null, null), notes).get(0);
    }

    private static Notes notesOf(JmhJson json) {
        try {
            var file = Files.createTempFile("notes", ".properties");
            file.toFile().deleteOnExit();
            Files.writeString(file, json.notesText());
            return Notes.of(file, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the chart's renderer paints each series with, by series name. */
    private static Map<String, Paint> seriesPaints(BenchmarkTable table) {
        JFreeChart chart = ChartWriter.chart(table, "H2");
        var plot = chart.getCategoryPlot();
        var dataset = plot.getDataset();
        var paints = new HashMap<String, Paint>();
        for (var i = 0; i < dataset.getRowCount(); i++) {
            paints.put(dataset.getRowKey(i).toString(), plot.getRenderer().getSeriesPaint(i));
        }
        return paints;
    }

    private static List<String> legend(BenchmarkTable table) {
        var items = ChartWriter.chart(table, "H2").getCategoryPlot().getLegendItems();
        var names = new ArrayList<String>();
        for (var i = 0; i < items.getItemCount(); i++) {
            names.add(items.get(i).getLabel());
        }
        return names;
    }
}
