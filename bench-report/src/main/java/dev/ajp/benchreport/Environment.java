package dev.ajp.benchreport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Where and how a set of results was measured: the machine, the JDK, the database and JMH's settings. A number
 * without these is not worth printing.
 *
 * <p>The machine is only known while the results are imported, on the machine that ran them, so it is written
 * next to them as {@code bench/environment-<db>.properties} and read back whenever the README is rendered again.
 *
 * @param date when the results were written (the result file's modification time, UTC)
 * @param cpu the processor model
 * @param cpus the number of hardware threads the JVM could use
 * @param memory the machine's memory, {@code 7.8 GiB}
 * @param os the operating system
 * @param jdk the JDK and VM the benchmarks ran on
 * @param database the database and its version, with the JDBC driver's when the run noted it
 * @param jmh JMH's version and run settings
 */
public record Environment(
        String date, String cpu, String cpus, String memory, String os, String jdk, String database, String jmh) {

    static final String NOT_RECORDED = "not recorded";
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The environment of results just produced on this machine, written at {@code date}, with the run's notes. */
    public static Environment capture(List<JmhResult> results, String db, Notes notes, Instant date) {
        var machine = Machine.current();
        return new Environment(
                DATE_TIME.format(date.truncatedTo(ChronoUnit.MINUTES)),
                machine.cpu(),
                machine.cpus(),
                machine.memory(),
                machine.os(),
                jdk(results),
                notes.describeDatabase(),
                jmh(results));
    }

    /** What the results and their notes tell, for results committed without their environment file. */
    public static Environment fromResults(List<JmhResult> results, Notes notes) {
        return new Environment(
                NOT_RECORDED,
                NOT_RECORDED,
                NOT_RECORDED,
                NOT_RECORDED,
                NOT_RECORDED,
                jdk(results),
                notes.describeDatabase(),
                jmh(results));
    }

    /**
     * One sentence for the README: {@code Measured 2026-11-25 14:02 UTC on Intel(R) Xeon(R) (2 CPUs, 7.8 GiB),
     * Debian GNU/Linux 12; JDK 17.0.15 (OpenJDK 64-Bit Server VM); H2 2.5.252 (2025-...); JDBC driver: H2 JDBC
     * Driver 2.5.252 (2025-...); JMH 1.37, 1 fork, ...}.
     */
    public String describe() {
        var machine = cpu.equals(NOT_RECORDED)
                ? "a machine that was not recorded"
                : cpu + " (" + cpus + " CPUs, " + memory + " RAM), " + os;
        var when = date.equals(NOT_RECORDED) ? "" : " " + date;
        return "Measured" + when + " on " + machine + "; JDK " + jdk + "; " + database + "; " + jmh + ".";
    }

    /** Reads an environment written by {@link #write(Path)}. */
    public static Environment read(Path file) {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Environment(
                properties.getProperty("date", NOT_RECORDED),
                properties.getProperty("machine.cpu", NOT_RECORDED),
                properties.getProperty("machine.cpus", NOT_RECORDED),
                properties.getProperty("machine.memory", NOT_RECORDED),
                properties.getProperty("machine.os", NOT_RECORDED),
                properties.getProperty("jdk", NOT_RECORDED),
                properties.getProperty("database", NOT_RECORDED),
                properties.getProperty("jmh", NOT_RECORDED));
    }

    /** Writes the environment as properties, keys sorted, with no time stamp of its own (the date is a key). */
    public void write(Path file) throws IOException {
        var properties = new Properties();
        properties.setProperty("date", date);
        properties.setProperty("machine.cpu", cpu);
        properties.setProperty("machine.cpus", cpus);
        properties.setProperty("machine.memory", memory);
        properties.setProperty("machine.os", os);
        properties.setProperty("jdk", jdk);
        properties.setProperty("database", database);
        properties.setProperty("jmh", jmh);
        var text = new StringWriter();
        properties.store(text, null);
        var entries = text.toString()
                .lines()
                .filter(line -> !line.startsWith("#"))
                .sorted()
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(
                file,
                "# Where and how the results next to this file were measured; written by bench-report on import.\n"
                        + entries,
                StandardCharsets.UTF_8);
    }

    private static String jdk(List<JmhResult> results) {
        return distinct(results.stream()
                .map(r -> r.jvm().jdkVersion() + " (" + r.jvm().vmName() + " "
                        + r.jvm().vmVersion() + ")")
                .toList());
    }

    private static String jmh(List<JmhResult> results) {
        return distinct(results.stream().map(r -> r.settings().describe()).toList());
    }

    private static String distinct(List<String> values) {
        return String.join("; ", new LinkedHashSet<>(values));
    }
}
