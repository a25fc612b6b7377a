package dev.ajp.benchreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a small external command to learn a fact (a processor's name), never failing because of it. */
final class Commands {

    private Commands() {}

    /** What the command printed, or null when it is missing, fails, or takes more than ten seconds. */
    static String output(List<String> command) {
        try {
            var out = Files.createTempFile("bench-report", ".out");
            try {
                var process = new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
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
