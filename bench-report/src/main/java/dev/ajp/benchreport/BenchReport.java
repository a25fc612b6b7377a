package dev.ajp.benchreport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a chapter's JMH results into SVG charts and Markdown tables in its {@code bench/RESULTS.md}. From the
 * repository root:
 *
 * <pre>
 * ./mvnw -q -pl bench-report -am compile exec:java -Dexec.args="chapter02-bulk-insert"
 * </pre>
 *
 * (several chapter directories may be named). For each chapter:
 *
 * <ol>
 *   <li><b>Import.</b> Each {@code target/jmh-result-<db>.json} that the parent pom's {@code bench} profile wrote
 *       ({@code db} is {@code h2} or {@code postgres}) is copied to {@code bench/jmh-result-<db>.json}, which is
 *       committed, so the figures survive {@code mvn clean} (it holds no password: the bench profile hands that to the
 *       benchmark JVMs in their environment, not among the arguments JMH records). The notes the benchmark JVMs
 *       left next to it,
 *       {@code target/jmh-notes-<db>.properties} (the database and JDBC driver as the connection reported them, the
 *       README's name for each approach), are copied to {@code bench/notes-<db>.properties}; results without them
 *       are refused. And
 *       {@code bench/environment-<db>.properties} records when and on what it ran: processor, CPUs, memory,
 *       operating system, JDK, database and driver, JMH's version and settings. Import on the machine that ran the
 *       benchmarks; a file imported before (same bytes) keeps the environment and notes it was
 *       imported with.
 *   <li><b>Render.</b> From {@code bench/jmh-result-*.json} and {@code bench/notes-*.properties} alone (so it
 *       works again without {@code target}), the approaches named by the notes' labels:
 *       per database and benchmark method a chart {@code bench/<Class>.<method>-<db>.svg}, and in
 *       {@code bench/RESULTS.md} (made with a title and a link back to the README when missing), between the lines
 *       {@code <!-- bench:begin -->} and {@code <!-- bench:end -->}, per
 *       database a heading, the environment, a table (approach, rank, size, time per operation with its 99.9%
 *       error, unit, and the optional columns below), a line on what the rank means, and the charts. Nothing
 *       outside the markers changes.
 * </ol>
 *
 * <p>The benchmarks follow the chapters' convention: an {@code @Param Approach approach} whose constants the run's
 * notes label with the names the README uses, one int size {@code @Param} ({@code rows} or {@code students};
 * other parameters become part of the series name) and {@code @BenchmarkMode(Mode.AverageTime)}. An optional
 * {@code bench/report.properties} adds columns: {@code baseline=<approach>} (label or value) the ratio of each
 * time to the baseline's at the same size and database, {@code per=<size param>} that size per second (rows/s);
 * see {@link ReportSettings}.
 *
 * <p>Only the results of a full run (the kit's {@code Bench} settings) are rendered: a quick or smoke run stops the
 * command before anything is written.
 *
 * <p>{@code -Dexec.args="--compare <A.json> <B.json> [<C.json>...] [--baseline <approach>]"} prints instead how
 * runs of the same benchmarks compare, as Markdown: ratios to the in-run baseline and ranks; of two runs both times
 * and the change of each ratio, of three or more each run's ratio, their median and spread (see {@link Comparison}).
 *
 * <p>{@code -Dexec.args="--keep-rerun <chapter directory>"} keeps the chapter's fresh full-run results of
 * {@code target/} as a re-run in {@code bench/reruns/<db>-<n>/}, with their notes and this machine's environment, for
 * later comparisons; a kept re-run is never rendered (see {@link Rerun}).
 *
 * <p>A problem the user can fix (no results, a malformed file, a RESULTS.md without its markers) ends the run with one message
 * and exit status 1, leaving that chapter's files as they were.
 */
public final class BenchReport {

    private BenchReport() {}

    static final String USAGE = "usage: ./mvnw -q -pl bench-report -am compile exec:java "
            + "-Dexec.args=\"<chapter directory> [<chapter directory>...]\"\n"
            + "   or: ./mvnw -q -pl bench-report -am compile exec:java "
            + "-Dexec.args=\"--compare <results A.json> <results B.json> [<results C.json>...] "
            + "[--baseline '<approach>']\"\n"
            + "   or: ./mvnw -q -pl bench-report -am compile exec:java "
            + "-Dexec.args=\"--keep-rerun <chapter directory> [<chapter directory>...]\"";

    public static void main(String[] args) {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(2);
        }
        try {
            if (args[0].equals("--compare")) {
                compare(List.of(args).subList(1, args.length), System.out);
            } else if (args[0].equals("--keep-rerun")) {
                keepRerun(List.of(args).subList(1, args.length), System.out);
            } else {
                run(List.of(args), System.out);
            }
        } catch (IllegalArgumentException e) {
            System.err.println("bench-report: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (ReportException e) {
            System.err.println("bench-report: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Prints the comparison of two or more result files (see {@link Comparison}).
     *
     * @param args the files, A first, and optionally {@code --baseline <approach>} or {@code --baseline=<approach>}
     * @throws IllegalArgumentException when the arguments are not two to {@value Comparison#MAX_RUNS} files and an
     *     optional baseline
     */
    static void compare(List<String> args, PrintStream out) {
        var files = new ArrayList<Path>();
        String baseline = null;
        for (var i = 0; i < args.size(); i++) {
            var arg = args.get(i);
            if (arg.equals("--baseline")) {
                if (i + 1 == args.size() || args.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException("--baseline needs an approach, by label or value");
                }
                baseline = args.get(++i).strip();
            } else if (arg.startsWith("--baseline=")
                    && !arg.substring("--baseline=".length()).isBlank()) {
                baseline = arg.substring("--baseline=".length()).strip();
            } else if (arg.startsWith("--")) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.size() < 2) {
            throw new IllegalArgumentException("--compare takes two or more result files, got " + files.size());
        }
        if (files.size() > Comparison.MAX_RUNS) {
            throw new IllegalArgumentException(
                    "--compare takes at most " + Comparison.MAX_RUNS + " result files (A to Z), got " + files.size());
        }
        out.print(Comparison.of(files, baseline));
    }

    /**
     * Keeps each chapter's fresh results as re-runs (see {@link Rerun}), printing what it kept, what it did not keep
     * and why, and the comparison command of each database's committed run and kept re-runs.
     *
     * @throws IllegalArgumentException when no chapter is named
     */
    static void keepRerun(List<String> chapters, PrintStream out) {
        if (chapters.isEmpty()) {
            throw new IllegalArgumentException("--keep-rerun takes a chapter directory");
        }
        for (var name : chapters) {
            var chapter = Path.of(name);
            Rerun.Outcome outcome;
            try {
                outcome = Rerun.keep(chapter);
            } catch (IOException e) {
                throw new ReportException(chapter + ": " + e, e);
            }
            outcome.skipped()
                    .forEach((source, same) -> out.println(name + ": " + chapter.relativize(source)
                            + " not kept, it has the same bytes as " + chapter.relativize(same)));
            outcome.kept().forEach((source, directory) -> {
                out.println(name + ": kept " + chapter.relativize(source) + " in " + chapter.relativize(directory)
                        + "/ with its notes and this machine's environment");
                var file = source.getFileName();
                var db = directory.getFileName().toString().replaceFirst("-[0-9]+$", "");
                var files = new ArrayList<String>();
                files.add(chapter.resolve("bench").resolve(file).toString());
                Rerun.kept(chapter, db)
                        .forEach(kept -> files.add(kept.resolve(file).toString()));
                out.println(name + ": compare the " + db + " runs with -Dexec.args=\"--compare "
                        + String.join(" ", files) + "\"");
            });
        }
    }

    /** Imports and renders each chapter, printing what changed. */
    static void run(List<String> chapters, PrintStream out) {
        for (var name : chapters) {
            var chapter = Path.of(name);
            ChapterReport.Outcome outcome;
            try {
                outcome = ChapterReport.run(chapter);
            } catch (IOException e) {
                throw new ReportException(chapter + ": " + e, e);
            }
            for (var source : outcome.imported()) {
                out.println(name + ": imported " + chapter.relativize(source) + " into bench/");
            }
            for (var file : outcome.changed()) {
                out.println(name + ": wrote " + chapter.relativize(file));
            }
            if (outcome.changed().isEmpty()) {
                var charts = outcome.charts().size();
                out.println(name + ": up to date (" + charts + (charts == 1 ? " chart)" : " charts)"));
            }
            for (var file : outcome.stale()) {
                out.println(name + ": " + chapter.relativize(file)
                        + " is no longer produced by the results; delete it if nothing links to it");
            }
        }
    }
}
