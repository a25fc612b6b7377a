package dev.ajp.benchreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a small external command to learn a fact (a version, a processor name), never failing because of it. */
final class Commands {

    private Commands() {}

    /** What the command printed, or null when it is missing, fails, or takes more than ten seconds. */
    static String output(List<String> command) {
        return output(command, Map.of());
    }

    static String output(List<String> command, Map<String, String> environment) {
        try {
            var out = Files.createTempFile("bench-report", ".out");
            try {
                var builder = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD);
                builder.environment().putAll(environment);
                var process = builder.start();
                process.getOutputStream().close();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return null;
                }
                return process.exitValue() == 0 ? Files.readString(out, StandardCharsets.UTF_8) : null;
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
