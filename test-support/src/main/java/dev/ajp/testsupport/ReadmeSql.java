package dev.ajp.testsupport;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Recording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps the SQL a chapter's Markdown shows equal to the SQL its code sends. One marker, on the line right before a
 * fenced block:
 *
 * <pre>
 * &lt;!-- sql: LABEL[, LABEL...] [on h2|postgres] [(OPTION)] --&gt;
 * ```sql
 * select ... from students
 * where ...;
 * -- a comment line, not compared
 * insert into ...;
 * ```
 * </pre>
 *
 * <p>Each {@code LABEL} names an operation of the chapter (labels are separated by a comma and a space, so a label
 * holds no {@code ", "}); the chapter's test maps every label to an {@link Operation} that runs it and returns what it
 * sent, recorded with the kit's {@link dev.ajp.kit.SqlRecorder} ({@link Sent#of}). The block holds the statements that each named
 * label sends, in order: a statement ends with {@code ;} at the end of a line (the last one may leave it out), lines
 * starting with {@code --} are comments, and statements are compared up to whitespace. With {@code on h2} or {@code on
 * postgres} the block is checked only on that database (labels are still looked up on both); without it, on both. A
 * chapter's tests run on H2 by default and on PostgreSQL with {@code DB=postgres}.
 *
 * <p>The options, for the few blocks that need one:
 *
 * <ul>
 *   <li>{@code (distinct)}: each distinct statement once, in the order it was first sent (a statement sent once per
 *       row or per student is shown once);
 *   <li>{@code (any order)}: the statements, and the words of each, may come in another order; EclipseLink's table
 *       aliases ({@code persons t1}) are replaced by their tables and its outer-join escape ({@code {oj ...}}) is left
 *       out (EclipseLink's order of the subclasses of a hierarchy is its own);
 *   <li>{@code (outline)}: the block is a {@code text} block of {@link Sent#outline()} items, one a line (statement
 *       kinds and connection events: {@code sequence}, {@code insert failed}, {@code setSavepoint(risky)}, ...);
 *   <li>{@code (events)}: the block is a {@code text} block of {@link Sent#events()}, one a line: each statement's SQL
 *       with its notes ({@code [batch of 1]}, {@code [failed]}) and each connection event, as the recorder describes
 *       them.
 * </ul>
 *
 * <p>A block that shows a part of a file of the chapter (a schema script, a trigger) names it instead of labels:
 * {@code <!-- sql: file PATH -->} (the block is the file, as it is, up to trailing whitespace) or {@code <!-- sql: file
 * PATH (part) -->} (the block, up to whitespace, is a contiguous part of the file). {@code PATH} is relative to the
 * Markdown file.
 *
 * <p>Every {@code sql} block must have a marker. {@link #checkChapter} checks a chapter's {@code README.md} and, when
 * it has one, its {@code REFERENCE.md}; each problem names its file and line.
 */
public final class ReadmeSql {

    /** What a label runs; returns what it sent. Runs once per block that names the label on this database. */
    @FunctionalInterface
    public interface Operation {
        Sent run() throws Exception;
    }

    /**
     * What an operation sent: the SQL of its statements in order, the outline of its statements and connection events,
     * and their descriptions (one line each).
     */
    public record Sent(List<String> statements, List<String> outline, List<String> events) {

        public Sent {
            statements = List.copyOf(statements);
            outline = List.copyOf(outline);
            events = List.copyOf(events);
        }

        /** What a recording holds. */
        public static Sent of(Recording<?> recording) {
            return new Sent(
                    recording.statements().stream().map(s -> s.sql()).toList(),
                    recording.outline(),
                    recording.describe().lines().map(String::strip).toList());
        }

        /** Statements that were not recorded by the kit (a chapter that reads them elsewhere, such as on the wire). */
        public static Sent statements(List<String> sql) {
            return new Sent(sql, List.of(), List.of());
        }
    }

    /** The problems found (empty when the Markdown agrees with the code) and how many comparisons were made. */
    public record Report(List<String> problems, int checked) {

        Report plus(Report other) {
            var all = new ArrayList<>(problems);
            all.addAll(other.problems);
            return new Report(all, checked + other.checked);
        }
    }

    private static final Pattern MARKER =
            Pattern.compile("^<!-- sql: (.+?)(?: on (h2|postgres))?(?: \\(([a-z ]+)\\))? -->$");
    private static final Pattern FILE = Pattern.compile("^file (\\S+)$");
    private static final List<String> OPTIONS = List.of("distinct", "any order", "outline", "events");
    private static final String FENCE = "```";

    private ReadmeSql() {}

    /**
     * Checks a chapter's {@code README.md} and its {@code REFERENCE.md} (when there is one) on the database the tests
     * run on ({@code DB=postgres} or H2), and throws an {@link AssertionError} listing every problem, or when no block
     * was compared at all. Returns the report, for a chapter that asserts more (such as a minimum number of blocks).
     */
    public static Report assertChapter(Path moduleDirectory, Map<String, Operation> labels) {
        var report = checkChapter(
                moduleDirectory,
                labels,
                DatabaseSettings.fromEnvironment().kind().key());
        if (!report.problems().isEmpty()) {
            throw new AssertionError(
                    report.problems().size() + " README SQL problem(s):\n" + String.join("\n", report.problems()));
        }
        if (report.checked() == 0) {
            throw new AssertionError(moduleDirectory + ": no sql block was checked (a '<!-- sql: ... -->' line before"
                    + " a ```sql block)");
        }
        return report;
    }

    /** The report for a chapter's {@code README.md} and, when it exists, its {@code REFERENCE.md}. */
    public static Report checkChapter(Path moduleDirectory, Map<String, Operation> labels, String database) {
        var report = check(moduleDirectory.resolve("README.md"), labels, database);
        var reference = moduleDirectory.resolve("REFERENCE.md");
        if (Files.isRegularFile(reference)) {
            report = report.plus(check(reference, labels, database));
        }
        return report;
    }

    /** The report for one Markdown file, on {@code database} ({@code h2} or {@code postgres}). */
    public static Report check(Path markdown, Map<String, Operation> labels, String database) {
        var lines = read(markdown);
        var problems = new ArrayList<String>();
        var checked = 0;
        var name = markdown.getFileName().toString();
        for (var i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            var where = name + ":" + (i + 1);
            if (line.equals(FENCE + "sql")
                    && (i == 0 || !MARKER.matcher(lines.get(i - 1).strip()).matches())) {
                problems.add(where + ": a ```sql block without a '<!-- sql: ... -->' line before it");
            }
            if (!line.startsWith("<!-- sql:")) {
                continue;
            }
            var marker = MARKER.matcher(line);
            if (!marker.matches()) {
                problems.add(where + ": not a marker of the form '<!-- sql: LABEL[, LABEL...] [on h2|postgres]"
                        + " [(OPTION)] -->': " + line);
                continue;
            }
            var what = marker.group(1);
            var on = marker.group(2);
            var option = marker.group(3);
            var file = FILE.matcher(what);
            var textBlock = "outline".equals(option) || "events".equals(option);
            var language = textBlock ? "text" : "sql";
            if (i + 1 >= lines.size() || !lines.get(i + 1).strip().equals(FENCE + language)) {
                problems.add(where + ": the marker is not followed by a ```" + language + " line");
                continue;
            }
            var end = i + 2;
            while (end < lines.size() && !lines.get(end).strip().equals(FENCE)) {
                end++;
            }
            if (end >= lines.size()) {
                problems.add(where + ": the block is not closed");
                continue;
            }
            var block = lines.subList(i + 2, end);
            i = end;
            if (file.matches()) {
                if (on != null || (option != null && !option.equals("part"))) {
                    problems.add(where + ": a file block takes no 'on' and no option but (part)");
                    continue;
                }
                var problem = fileProblem(markdown, file.group(1), block, option != null);
                if (problem != null) {
                    problems.add(where + ": " + problem);
                }
                checked++;
                continue;
            }
            if (option != null && !OPTIONS.contains(option)) {
                problems.add(where + ": no option (" + option + "); the options are " + OPTIONS);
                continue;
            }
            var named = List.of(what.split(", "));
            var unknown = named.stream().filter(l -> !labels.containsKey(l)).toList();
            if (!unknown.isEmpty()) {
                problems.add(where + ": no label " + unknown + " in this chapter; its labels are "
                        + new TreeSet<>(labels.keySet()));
                continue;
            }
            if (on != null && !on.equals(database)) {
                continue;
            }
            for (var label : named) {
                Sent sent;
                try {
                    sent = labels.get(label).run();
                } catch (Exception | AssertionError e) {
                    problems.add(where + ": " + label + " failed: " + e);
                    continue;
                }
                var problem = compare(option, block, sent);
                if (problem != null) {
                    problems.add(where + ": " + label + problem);
                }
                checked++;
            }
        }
        return new Report(problems, checked);
    }

    /** Null when the block shows what was sent; otherwise what was sent, for the problem's text. */
    private static String compare(String option, List<String> block, Sent sent) {
        if ("outline".equals(option) || "events".equals(option)) {
            var shown = block.stream().map(String::strip).toList();
            var actual = option.equals("outline") ? sent.outline() : sent.events();
            return shown.equals(actual) ? null : " sends (" + option + "):\n  " + String.join("\n  ", actual);
        }
        var shown = statements(block);
        var actual = sent.statements().stream().map(ReadmeSql::normalize).toList();
        if ("distinct".equals(option)) {
            actual = actual.stream().distinct().toList();
        }
        var equal = "any order".equals(option) ? canonical(actual).equals(canonical(shown)) : actual.equals(shown);
        return equal ? null : " sends " + actual.size() + " statement(s):\n  " + String.join(";\n  ", actual) + ";";
    }

    /**
     * The statements of a block, normalized: {@code --} lines left out, each ended by a {@code ;} at the end of a line
     * (or by the end of the block).
     */
    static List<String> statements(List<String> block) {
        var statements = new ArrayList<String>();
        var current = new StringBuilder();
        for (var line : block) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.strip().endsWith(";")) {
                statements.add(normalize(current.toString()));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(normalize(current.toString()));
        }
        return statements;
    }

    /** Whitespace collapsed to one space, and a final {@code ;} left out. */
    static String normalize(String sql) {
        var text = sql.strip().replaceAll("\\s+", " ");
        return text.endsWith(";") ? text.substring(0, text.length() - 1).stripTrailing() : text;
    }

    private static final Pattern ALIAS = Pattern.compile("\\b([A-Za-z_]+) (t\\d+)\\b");

    /**
     * The statements as sorted lists of their words, EclipseLink's aliases ({@code t1}) replaced by the tables they
     * name and its JDBC outer-join escape ({@code {oj ...}}) left out: equal when only the order differs.
     */
    static List<String> canonical(List<String> statements) {
        return statements.stream()
                .map(sql -> {
                    var text = sql.replace("{oj ", "").replace("}", "");
                    var tables = new HashMap<String, String>();
                    var alias = ALIAS.matcher(text);
                    while (alias.find()) {
                        tables.put(alias.group(2), alias.group(1));
                    }
                    for (var entry : tables.entrySet()) {
                        text = text.replaceAll(
                                        "\\b" + entry.getValue() + " " + entry.getKey() + "\\b", entry.getValue())
                                .replaceAll("\\b" + entry.getKey() + "\\.", entry.getValue() + ".");
                    }
                    return Arrays.stream(text.split("[\\s,()]+")).sorted().collect(Collectors.joining(" "));
                })
                .sorted()
                .toList();
    }

    private static String fileProblem(Path markdown, String path, List<String> block, boolean part) {
        var file = markdown.toAbsolutePath().getParent().resolve(path).normalize();
        if (!Files.isRegularFile(file)) {
            return "no such file: " + path;
        }
        var text = String.join("\n", read(file));
        var shown = String.join("\n", block);
        if (part) {
            return normalize(text).contains(normalize(shown)) ? null : "the block is not a part of " + path;
        }
        return text.stripTrailing().equals(shown.stripTrailing()) ? null : "the block is not " + path + " as it is";
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
