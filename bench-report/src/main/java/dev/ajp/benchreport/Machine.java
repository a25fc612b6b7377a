package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine this JVM runs on, as far as it can tell: on Linux from {@code /proc/cpuinfo} and
 * {@code /etc/os-release}, elsewhere from what the JVM and the system report, and "unknown" rather than a failure.
 *
 * @param cpu the processor model
 * @param cpus the number of hardware threads the JVM may use
 * @param memory the physical memory, {@code 7.8 GiB}
 * @param os the operating system, its kernel version and architecture
 */
record Machine(String cpu, String cpus, String memory, String os) {

    static Machine current() {
        return new Machine(
                cpuModel(),
                String.valueOf(Runtime.getRuntime().availableProcessors()),
                totalMemory(),
                operatingSystem());
    }

    private static String cpuModel() {
        var cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try (var lines = Files.lines(cpuinfo)) {
                // x86 names the model "model name"; some ARM kernels "Model"
                var model = lines.filter(line -> line.startsWith("model name") || line.startsWith("Model"))
                        .map(line -> line.substring(line.indexOf(':') + 1).trim())
                        .filter(value -> !value.isEmpty())
                        .findFirst();
                if (model.isPresent()) {
                    return model.get().replaceAll("\\s+", " ");
                }
            } catch (IOException | UncheckedIOException e) {
                // try the other sources
            }
        }
        var mac = Commands.output(List.of("sysctl", "-n", "machdep.cpu.brand_string"));
        if (mac != null && !mac.isBlank()) {
            return mac.trim();
        }
        var windows = System.getenv("PROCESSOR_IDENTIFIER");
        return windows != null ? windows : "unknown " + System.getProperty("os.arch") + " processor";
    }

    private static String totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Numbers.significant(os.getTotalMemorySize() / (1024.0 * 1024 * 1024), 2) + " GiB";
        }
        return "unknown";
    }

    private static String operatingSystem() {
        var kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        var release = Path.of("/etc/os-release");
        if (Files.isReadable(release)) {
            try {
                var pretty = Files.readAllLines(release).stream()
                        .filter(line -> line.startsWith("PRETTY_NAME="))
                        .map(line -> line.substring("PRETTY_NAME=".length()).replace("\"", ""))
                        .findFirst();
                if (pretty.isPresent()) {
                    return pretty.get() + ", " + kernel;
                }
            } catch (IOException e) {
                // the kernel alone then
            }
        }
        return kernel;
    }
}
