package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps a re-run of a chapter's benchmarks next to its committed figures, so that a comparison of three or more runs
 * can be made again from the repository alone: each fresh full-run result file of the chapter's {@code target/}
 * ({@code jmh-result-<db>.json}) is copied into {@code bench/reruns/<db>-<n>/} ({@code n} one more than the highest
 * kept so far for that database, from 1) as {@code jmh-result-<db>.json}, with the run's notes as
 * {@code notes-<db>.properties} and an {@code environment-<db>.properties} captured on this machine, as the import
 * does.
 *
 * <p>A kept re-run is never rendered: the charts and RESULTS.md come from the committed {@code bench/jmh-result-<db>.json}
 * only. It is read by {@code --compare} like a committed file, with the notes and environment next to it.
 *
 * <p>Everything is checked before anything is written. A result file that is not a full run (the kit's settings)
 * stops the command. A file with the same bytes as the committed results or as a re-run kept before is not a new run
 * and is not kept; when no file is left to keep, that stops the command too.
 */
final class Rerun {

    /** The directory, inside a chapter's {@code bench/}, that holds its kept re-runs. */
    static final String DIRECTORY = "reruns";

    private static final Pattern RESULT = Pattern.compile("jmh-result-([A-Za-z0-9_.]+)\\.json");
    private static final Pattern KEPT = Pattern.compile("([A-Za-z0-9_.]+)-([0-9]+)");

    private Rerun() {}

    /**
     * What keeping did.
     *
     * @param kept the result files copied, each with the directory it was kept in
     * @param skipped the result files not kept, each with the file of the same bytes
     */
    record Outcome(Map<Path, Path> kept, Map<Path, Path> skipped) {}

    private record Planned(Path source, byte[] bytes, Path notes, Environment environment, Path directory) {}

    /**
     * Keeps the chapter's fresh results as re-runs.
     *
     * @param chapter the chapter's directory
     * @throws ReportException when there is no such directory, no fresh results, no committed results to re-run, a
     *     result file of a quick or smoke run, results without their notes, or nothing new to keep
     */
    static Outcome keep(Path chapter) throws IOException {
        if (!Files.isDirectory(chapter)) {
            throw new ReportException(
                    "no chapter directory " + chapter.toAbsolutePath().normalize()
                            + " (run the command from the repository root, naming a chapter directory)");
        }
        var target = chapter.resolve("target");
        var bench = chapter.resolve("bench");
        var fresh = ChapterReport.results(target);
        if (fresh.isEmpty()) {
            throw new ReportException(chapter + ": no fresh results to keep (target/jmh-result-<db>.json; the"
                    + " -quick and -smoke files of a first look are never kept). Run the chapter's full benchmarks"
                    + " first: ./mvnw -pl " + chapter + " -am -Pbench test-compile exec:exec (add -Ppostgres for"
                    + " PostgreSQL)");
        }
        var planned = new ArrayList<Planned>();
        var skipped = new TreeMap<Path, Path>();
        for (var entry : fresh.entrySet()) {
            var db = entry.getKey();
            var source = entry.getValue();
            var results = JmhResult.read(source);
            for (var result : results) {
                if (!result.settings().isFull()) {
                    throw new ReportException(source + " is not a full run, so nothing was kept: "
                            + result.shortName() + " ran with "
                            + result.settings().length() + ", and a re-run is"
                            + " compared with the committed figures, which come from the kit's settings"
                            + " (dev.ajp.kit.Bench): " + JmhResult.RunSettings.fullLength() + ". Run the full"
                            + " benchmarks, or delete " + source + " to keep the other databases' results.");
                }
            }
            var committed = bench.resolve("jmh-result-" + db + ".json");
            if (!Files.isRegularFile(committed)) {
                throw new ReportException(source + " has no committed results to be a re-run of (" + committed
                        + "), so nothing was kept. Import a chapter's figures first (-Dexec.args=\"" + chapter
                        + "\"), or delete " + source + " to keep the other databases' results.");
            }
            var bytes = Files.readAllBytes(source);
            var same = Arrays.equals(bytes, Files.readAllBytes(committed)) ? committed : null;
            var kept = kept(chapter, db);
            for (var i = 0; same == null && i < kept.size(); i++) {
                var earlier = kept.get(i).resolve(source.getFileName());
                if (Files.isRegularFile(earlier) && Arrays.equals(bytes, Files.readAllBytes(earlier))) {
                    same = earlier;
                }
            }
            if (same != null) {
                skipped.put(source, same);
                continue;
            }
            var notesSource = source.resolveSibling("jmh-notes-" + db + ".properties");
            var notes = Notes.of(notesSource, source);
            var environment = Environment.capture(
                    results, db, notes, Files.getLastModifiedTime(source).toInstant());
            var next = kept.isEmpty() ? 1 : number(kept.get(kept.size() - 1)) + 1;
            planned.add(new Planned(
                    source,
                    bytes,
                    notesSource,
                    environment,
                    bench.resolve(DIRECTORY).resolve(db + "-" + next)));
        }
        if (planned.isEmpty()) {
            var reasons = new ArrayList<String>();
            skipped.forEach((source, same) -> reasons.add(source + " has the same bytes as " + same));
            throw new ReportException(chapter + ": no new run to keep: " + String.join("; ", reasons)
                    + ". Run the chapter's full benchmarks again to have a re-run.");
        }

        var keptNow = new TreeMap<Path, Path>();
        try {
            for (var plan : planned) {
                var db = dbOf(plan.source());
                Files.createDirectories(plan.directory().getParent());
                Files.createDirectory(plan.directory());
                keptNow.put(plan.source(), plan.directory());
                Files.write(plan.directory().resolve(plan.source().getFileName()), plan.bytes());
                Files.copy(plan.notes(), ChapterReport.notesFile(plan.directory(), db));
                plan.environment().write(ChapterReport.environmentFile(plan.directory(), db));
            }
        } catch (IOException e) {
            // no half-kept re-run: remove what this call created
            for (var directory : keptNow.values()) {
                try (Stream<Path> files = Files.list(directory)) {
                    for (var file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                    Files.deleteIfExists(directory);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        return new Outcome(keptNow, skipped);
    }

    /** The directories of the re-runs kept for a database, {@code bench/reruns/<db>-<n>}, by their number. */
    static List<Path> kept(Path chapter, String db) {
        var reruns = chapter.resolve("bench").resolve(DIRECTORY);
        if (!Files.isDirectory(reruns)) {
            return List.of();
        }
        try (Stream<Path> directories = Files.list(reruns)) {
            return directories
                    .filter(Files::isDirectory)
                    .filter(directory -> {
                        var matcher = KEPT.matcher(directory.getFileName().toString());
                        return matcher.matches() && matcher.group(1).equals(db);
                    })
                    .sorted(Comparator.comparingLong(Rerun::number))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(Path keptDirectory) {
        var name = keptDirectory.getFileName().toString();
        return Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
    }

    private static String dbOf(Path resultFile) {
        var matcher = RESULT.matcher(resultFile.getFileName().toString());
        if (!matcher.matches()) {
            throw new IllegalStateException("not a result file: " + resultFile);
        }
        return matcher.group(1);
    }
}
