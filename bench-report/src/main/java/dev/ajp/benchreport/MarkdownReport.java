package dev.ajp.benchreport;

import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown that goes between the markers of a chapter's {@code bench/RESULTS.md}: per database a heading, the
 * environment in one sentence, and per benchmark method a table, a line on what its ranks mean, and its chart (a
 * path relative to {@code bench/}, where the file and the charts are).
 */
final class MarkdownReport {

    /** Under every table: a rank is easily read as a place in a race, and it is less (and more honest) than that. */
    static final String RANK_NOTE = "rank: 1 + the approaches faster than this one beyond both error bars (99.9%);"
            + " equal ranks are not told apart by this run.";

    /** Added to {@link #RANK_NOTE} when a table has a row without an error bar. */
    static final String NO_RANK_NOTE = " –: no error bar (a single measured iteration), so no rank.";

    private MarkdownReport() {}

    /**
     * The results of one database.
     *
     * @param db the key in the file names, {@code h2}
     * @param environment where and how they were measured
     * @param tables one per benchmark method
     */
    record Database(String db, Environment environment, List<BenchmarkTable> tables) {}

    /** The section's text, ending with a newline; {@code chapter} names the directory in the how-to-refresh note. */
    static String render(String chapter, List<Database> databases) {
        var out = new StringBuilder();
        out.append("<!-- Generated from bench/jmh-result-*.json by bench-report; do not edit by hand. Refresh with: ")
                .append("./mvnw -q -pl bench-report -am compile exec:java -Dexec.args=\"")
                .append(chapter)
                .append("\" -->\n");
        for (var database : databases) {
            out.append("\n### On ").append(displayName(database.db())).append("\n\n");
            out.append(database.environment().describe()).append("\n");
            for (var table : database.tables()) {
                out.append('\n');
                if (database.tables().size() > 1) {
                    out.append("`").append(table.benchmark()).append("`\n\n");
                }
                appendTable(out, table);
                // a blank line first, or Markdown would read the note as one more row of the table
                out.append('\n').append(RANK_NOTE);
                if (table.rows().stream().anyMatch(row -> row.rank() == null)) {
                    out.append(NO_RANK_NOTE);
                }
                out.append('\n');
                out.append("\n![")
                        .append(table.benchmark())
                        .append(" on ")
                        .append(displayName(database.db()))
                        .append("](")
                        .append(chartFileName(table, database.db()))
                        .append(")\n");
            }
        }
        return out.toString();
    }

    static String chartFileName(BenchmarkTable table, String db) {
        return table.benchmark() + "-" + db + ".svg";
    }

    /** {@code H2}, {@code PostgreSQL}: the name a reader knows for a {@code -Ddb=} key. */
    static String displayName(String db) {
        return switch (db) {
            case "h2" -> "H2";
            case "postgres" -> "PostgreSQL";
            default -> db;
        };
    }

    private static void appendTable(StringBuilder out, BenchmarkTable table) {
        var header = new ArrayList<String>(List.of("approach", "rank"));
        var align = new ArrayList<String>(List.of("---", "--:"));
        if (table.sizeParam() != null) {
            header.add(table.sizeParam());
            align.add("--:");
        }
        header.add("time per op ± error (99.9%)");
        align.add("--:");
        header.add("unit");
        align.add("---");
        if (table.perSecond() != null) {
            header.add(table.perSecond() + "/s");
            align.add("--:");
        }
        if (table.hasRatios()) {
            header.add("× " + table.baseline());
            align.add("--:");
        }
        appendLine(out, header);
        appendLine(out, align);
        for (var row : table.rows()) {
            var cells = new ArrayList<String>();
            cells.add(row.series());
            cells.add(row.rank() == null ? "–" : row.rank().toString());
            if (table.sizeParam() != null) {
                cells.add(Numbers.grouped(row.size()));
            }
            cells.add(Numbers.withError(row.score(), row.error()));
            cells.add(table.unit());
            if (table.perSecond() != null) {
                cells.add(Numbers.significant(row.perSecond()));
            }
            if (table.hasRatios()) {
                cells.add(row.ratio() == null ? "–" : Numbers.significant(row.ratio()));
            }
            appendLine(out, cells);
        }
    }

    private static void appendLine(StringBuilder out, List<String> cells) {
        out.append('|');
        for (var cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        out.append('\n');
    }
}
