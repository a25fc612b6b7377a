package dev.ajp.benchreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes fixture results to a temporary file, for tests that only need them parsed. */
final class JmhJsonFiles {

    private JmhJsonFiles() {}

    static Path write(JmhJson json) {
        try {
            var file = Files.createTempFile("jmh-result", ".json");
            file.toFile().deleteOnExit();
            Files.writeString(file, json.json());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
