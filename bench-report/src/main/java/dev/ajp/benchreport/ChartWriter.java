package dev.ajp.benchreport;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.statistics.StatisticalCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws one benchmark's results as an SVG bar chart that reads well at a README's width (800 px): one group of
 * horizontal bars per size, one bar per approach (an approach's settings next to each other, in the order the
 * benchmark declares them), each labelled with its time per operation and its approach, a whisker for the 99.9%
 * confidence interval, and a logarithmic axis when the times span more than two orders of magnitude (else
 * the fast approaches would be invisible slivers).
 *
 * <p>The output is deterministic: the same table gives the same bytes, so re-rendering changes no file in git
 * unless the numbers changed. Text stays text in the SVG (JFreeSVG), searchable and sharp at any zoom.
 */
final class ChartWriter {

    static {
        // Charts are drawn with AWT; there is no screen, and exec:java runs inside Maven's JVM.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final int WIDTH = 800;
    /** A span (slowest / fastest) above which the value axis is logarithmic. */
    static final double LOG_SPAN = 100;

    private static final String FONT = "SansSerif";
    private static final int BAR = 16;
    /**
     * The framework colours, the same in every chart: from Okabe and Ito's palette, which colour-blind readers can
     * tell apart; JDBC, the floor the frameworks are measured against, in grey.
     */
    static final Map<Framework, Color> FRAMEWORK_COLOURS = new EnumMap<>(Map.of(
            Framework.JDBC, new Color(0x666666),
            Framework.HIBERNATE, new Color(0x0072B2),
            Framework.ECLIPSELINK, new Color(0xE69F00),
            Framework.JDBI, new Color(0x009E73)));

    /** In a chart of frameworks, the colour of an approach that names none ({@code PostgreSQL COPY}). */
    static final Color NO_FRAMEWORK = new Color(0xCC79A7);

    static final String NO_FRAMEWORK_NAME = "other";

    /**
     * For a benchmark without frameworks, the colours of the settings it compares, in the order it names them: the
     * rest of Okabe and Ito's palette and Tol's, so that none is mistaken for a framework.
     */
    static final List<Color> SETTING_COLOURS = List.of(
            new Color(0x56B4E9),
            new Color(0xD55E00),
            new Color(0xCC79A7),
            new Color(0x332288),
            new Color(0x999933),
            new Color(0x882255),
            new Color(0x44AA99),
            new Color(0x000000));

    private ChartWriter() {}

    /** The SVG document of a benchmark's chart on the named database ({@code H2}, {@code PostgreSQL}). */
    static String svg(BenchmarkTable table, String databaseName) {
        var chart = chart(table, databaseName);
        var height = height(table);
        var svg = new SVGGraphics2D(WIDTH, height);
        svg.setDefsKeyPrefix("chart"); // the default prefix is a time stamp
        svg.setGeomDoubleConverter(ChartWriter::coordinate);
        svg.setTransformDoubleConverter(ChartWriter::coordinate);
        chart.draw(svg, new Rectangle2D.Double(0, 0, WIDTH, height));
        var element = svg.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, height), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
    }

    /** The chart, to be drawn {@value #WIDTH} px wide and {@link #height} high. */
    static JFreeChart chart(BenchmarkTable table, String databaseName) {
        var dataset = new DefaultStatisticalCategoryDataset();
        var logScale = useLogScale(table);
        for (var series : table.series()) {
            for (var row : table.rows()) {
                if (row.series().equals(series)) {
                    // no whisker when the error is unknown, or would reach below zero on a log axis
                    Double error =
                            Double.isNaN(row.error()) || (logScale && row.error() >= row.score()) ? null : row.error();
                    dataset.add((Double) row.score(), error, series, category(table, row));
                }
            }
        }

        var categoryAxis = new CategoryAxis(null);
        categoryAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        // about two bars' space between the groups of sizes, however many bars a group has
        var gaps = Math.max(0, table.sizes().size() - 1);
        var barSpace = Math.max(1, table.sizes().size()) * table.series().size() * (BAR + 2.0);
        categoryAxis.setCategoryMargin(gaps == 0 ? 0 : Math.min(0.25, gaps * 36 / (barSpace + gaps * 36)));
        categoryAxis.setLowerMargin(0.02);
        categoryAxis.setUpperMargin(0.02);

        var valueAxis = valueAxis(table, logScale);

        var renderer = new LabelAfterWhiskerRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.9);
        renderer.setErrorIndicatorPaint(new Color(0x333333));
        renderer.setErrorIndicatorStroke(new BasicStroke(1f));
        var colours = colours(table);
        for (var i = 0; i < table.series().size(); i++) {
            renderer.setSeriesPaint(i, colours.get(table.series().get(i)));
        }
        renderer.setDefaultItemLabelGenerator(new ScoreLabels());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 11));
        renderer.setDefaultItemLabelPaint(new Color(0x222222));
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);

        var plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(4, 8, 4, 16));

        // Each bar names its approach, so a legend of approaches would only repeat the labels: the legend keys the
        // colours of the frameworks, and a chart without frameworks has none.
        var legend = legend(table);
        plot.setFixedLegendItems(legend);
        var chart = new JFreeChart(
                table.benchmark() + " on " + databaseName,
                new Font(FONT, Font.BOLD, 16),
                plot,
                legend.getItemCount() > 0);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        var withErrors = table.rows().stream().anyMatch(row -> !Double.isNaN(row.error()));
        var subtitle = new TextTitle(
                "time per operation, shorter is faster" + (withErrors ? "; whiskers: 99.9% confidence interval" : ""),
                new Font(FONT, Font.PLAIN, 12));
        subtitle.setPaint(new Color(0x444444));
        chart.addSubtitle(subtitle);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 12));
            chart.getLegend().setFrame(BlockBorder.NONE);
            chart.getLegend().setBackgroundPaint(Color.WHITE);
        }

        return chart;
    }

    /** Whether colour shows the framework (some approach names one) rather than the setting a benchmark varies. */
    static boolean byFramework(BenchmarkTable table) {
        return table.rows().stream().anyMatch(row -> row.framework() != null);
    }

    /**
     * The colour of each series: colour carries one thing only. In a chart of frameworks, the framework's colour
     * (whatever other parameter varies, {@code protection: none} or {@code savepoint per row}); without frameworks,
     * one colour per approach, which is then the setting the benchmark varies.
     */
    static Map<String, Color> colours(BenchmarkTable table) {
        var colours = new LinkedHashMap<String, Color>();
        var framework = byFramework(table);
        var approaches = new ArrayList<String>();
        for (var series : table.series()) {
            var row = table.rows().stream()
                    .filter(r -> r.series().equals(series))
                    .findFirst()
                    .orElseThrow();
            if (framework) {
                colours.put(series, row.framework() == null ? NO_FRAMEWORK : FRAMEWORK_COLOURS.get(row.framework()));
            } else {
                if (!approaches.contains(row.approach())) {
                    approaches.add(row.approach());
                }
                var index = approaches.indexOf(row.approach());
                colours.put(series, SETTING_COLOURS.get(index % SETTING_COLOURS.size()));
            }
        }
        return colours;
    }

    /** The frameworks of the chart in a fixed order (JDBC, Hibernate, EclipseLink, Jdbi, other); none without. */
    static LegendItemCollection legend(BenchmarkTable table) {
        var items = new LegendItemCollection();
        if (!byFramework(table)) {
            return items;
        }
        for (var framework : Framework.values()) {
            if (table.rows().stream().anyMatch(row -> row.framework() == framework)) {
                items.add(legendItem(framework.displayName(), FRAMEWORK_COLOURS.get(framework)));
            }
        }
        if (table.rows().stream().anyMatch(row -> row.framework() == null)) {
            items.add(legendItem(NO_FRAMEWORK_NAME, NO_FRAMEWORK));
        }
        return items;
    }

    private static LegendItem legendItem(String name, Color colour) {
        var item = new LegendItem(name, colour);
        item.setShape(new Rectangle2D.Double(-5, -5, 10, 10));
        item.setLabelFont(new Font(FONT, Font.PLAIN, 12));
        return item;
    }

    /**
     * A coordinate to a hundredth of a pixel: finer than any screen shows, and short, and immune to the last-digit
     * differences that another JDK's floating-point functions could make.
     */
    private static String coordinate(double value) {
        var rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /** Whether the times span so much that a linear axis would hide the fast ones. */
    static boolean useLogScale(BenchmarkTable table) {
        var scores =
                table.rows().stream().mapToDouble(BenchmarkTable.Row::score).toArray();
        var min = Arrays.stream(scores).min().orElse(1);
        var max = Arrays.stream(scores).max().orElse(1);
        return min > 0 && max / min > LOG_SPAN;
    }

    private static String category(BenchmarkTable table, BenchmarkTable.Row row) {
        return row.size() == null ? "" : Numbers.grouped(row.size()) + " " + table.sizeParam();
    }

    /** The value axis, with room on the right for the labels of the longest bars. */
    private static ValueAxis valueAxis(BenchmarkTable table, boolean logScale) {
        var highest = table.rows().stream()
                .mapToDouble(r -> r.score() + (Double.isNaN(r.error()) ? 0 : r.error()))
                .max()
                .orElse(1);
        var format = new DecimalFormat("#,##0.#########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        ValueAxis axis;
        if (logScale) {
            var lowest = table.rows().stream()
                    .mapToDouble(BenchmarkTable.Row::score)
                    .min()
                    .orElse(1);
            var low = Math.floor(Math.log10(lowest) - 0.3);
            var high = Math.log10(highest);
            var log = new LogAxis("time per operation (" + table.unit() + ", log scale)");
            log.setNumberFormatOverride(format);
            log.setTickUnit(new NumberTickUnit(1));
            log.setMinorTickCount(9);
            log.setMinorTickMarksVisible(true);
            log.setRange(Math.pow(10, low), Math.pow(10, low + (high - low) / (1 - labelRoom(table))));
            axis = log;
        } else {
            var linear = new NumberAxis("time per operation (" + table.unit() + ")");
            linear.setNumberFormatOverride(format);
            linear.setRange(0, highest / (1 - labelRoom(table)));
            axis = linear;
        }
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 12));
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        return axis;
    }

    /**
     * The share of the value axis kept free past the longest bar for its label (the time and the approach's name):
     * about 6.5 px a character of an 800 px wide chart, between a fifth and a half.
     */
    private static double labelRoom(BenchmarkTable table) {
        var longest = table.series().stream().mapToInt(String::length).max().orElse(0) + 8;
        return Math.max(0.2, Math.min(0.5, longest * 6.5 / 700));
    }

    /** Tall enough for every bar to be about {@value #BAR} px thick, whatever the number of approaches and sizes. */
    static int height(BenchmarkTable table) {
        var categories = Math.max(1, table.sizes().size());
        var bars = categories * table.series().size();
        var legendRows = byFramework(table) ? 1 : 0;
        return 150 + legendRows * 18 + bars * (BAR + 2) + categories * 18;
    }

    /** The label of a bar: its time per operation, as in the table. */
    private static final class ScoreLabels implements CategoryItemLabelGenerator {

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            var value = dataset.getValue(row, column);
            // The approach is named at its bar, not only in the legend: with more approaches than colours, a colour
            // alone would not say which bar is which.
            return value == null ? null : Numbers.significant(value.doubleValue()) + "  " + dataset.getRowKey(row);
        }
    }

    /**
     * JFreeChart puts a bar's label just past the bar, where the whisker is drawn too; this renderer moves the
     * label past the whisker's end so that the two never overlap.
     */
    private static final class LabelAfterWhiskerRenderer extends StatisticalBarRenderer {

        private static final long serialVersionUID = 1L;

        private transient ValueAxis rangeAxis;
        private transient Rectangle2D dataArea;

        @Override
        public void drawItem(
                Graphics2D g2,
                CategoryItemRendererState state,
                Rectangle2D dataArea,
                CategoryPlot plot,
                CategoryAxis domainAxis,
                ValueAxis rangeAxis,
                CategoryDataset data,
                int row,
                int column,
                int pass) {
            this.rangeAxis = rangeAxis;
            this.dataArea = dataArea;
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, data, row, column, pass);
        }

        @Override
        protected void drawItemLabel(
                Graphics2D g2,
                CategoryDataset data,
                int row,
                int column,
                CategoryPlot plot,
                CategoryItemLabelGenerator generator,
                Rectangle2D bar,
                boolean negative) {
            var statistics = (StatisticalCategoryDataset) data;
            var mean = statistics.getMeanValue(row, column);
            var error = statistics.getStdDevValue(row, column);
            var labelled = bar;
            if (mean != null && error != null) {
                var end = rangeAxis.valueToJava2D(
                        mean.doubleValue() + error.doubleValue(), dataArea, plot.getRangeAxisEdge());
                labelled = new Rectangle2D.Double(
                        bar.getX(), bar.getY(), Math.max(bar.getWidth(), end - bar.getX()), bar.getHeight());
            }
            super.drawItemLabel(g2, data, row, column, plot, generator, labelled, negative);
        }
    }
}
