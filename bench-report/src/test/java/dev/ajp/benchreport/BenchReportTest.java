package dev.ajp.benchreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    @TempDir
    Path root;

    @Test
    void theCommandReportsWhatItImportedAndWroteAndThenThatAllIsUpToDate() throws IOException {
        var chapter = root.resolve("chapter02-bulk-insert");
        Files.createDirectories(chapter);
        Files.writeString(chapter.resolve("README.md"), "# Bulk insert\n");
        JmhJson.on("h2")
                .note("database", "H2 2.5.252 (2025-01-01)")
                .result(
                        "dev.ajp.bulkinsert.BulkInsertBenchmark.insert",
                        1.0,
                        0.1,
                        "ms/op",
                        "approach",
                        "JdbcBatch",
                        "rows",
                        "10")
                .writeTo(chapter);

        var first = run(chapter.toString());
        var second = run(chapter.toString());

        var name = chapter.toString();
        assertThat(first)
                .contains(name + ": imported " + Path.of("target", "jmh-result-h2.json") + " into bench/")
                .contains(name + ": imported " + Path.of("target", "jmh-notes-h2.properties") + " into bench/")
                .contains(name + ": wrote " + Path.of("bench", "BulkInsertBenchmark.insert-h2.svg"))
                .contains(name + ": wrote " + Path.of("bench", "RESULTS.md"));
        assertThat(second).containsExactly(name + ": up to date (1 chart)");
        assertThat(Files.readString(chapter.resolve("bench/RESULTS.md")))
                .contains("-Dexec.args=\"chapter02-bulk-insert\"");
        assertThat(chapter.resolve("README.md")).hasContent("# Bulk insert\n");
    }

    private static List<String> run(String chapter) {
        var bytes = new ByteArrayOutputStream();
        BenchReport.run(List.of(chapter), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
