package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * How {@code DB}, {@code -Ddb}, {@code -Ppostgres} and {@code -Ddb.url} reach the JVMs the build starts, asked of
 * Maven itself: the parent pom hands one property, {@code db}, to the tests (surefire), the mains (exec:java) and the
 * benchmarks (exec:exec), so what Maven makes of it is what all three see. README.md, "Running on PostgreSQL",
 * promises each of these.
 */
class BuildConfigurationTest {

    private static final String EVALUATE = "org.apache.maven.plugins:maven-help-plugin:3.5.1:evaluate";

    @Test
    void theEnvironmentVariableDbChoosesTheDatabaseUnlessTheCommandLineSaysOtherwise() throws Exception {
        assertThat(db(Map.of())).isEqualTo("h2");
        assertThat(db(Map.of("DB", "postgres"))).isEqualTo("postgres");
        assertThat(db(Map.of("DB", "h2"))).isEqualTo("h2");
        assertThat(db(Map.of(), "-Ppostgres")).isEqualTo("postgres");
        assertThat(db(Map.of("DB", "h2"), "-Ppostgres")).isEqualTo("postgres");
        assertThat(db(Map.of("DB", "postgres"), "-Ddb=h2")).isEqualTo("h2");
        // A value the kit does not know is passed on, for DatabaseSettings to refuse with the accepted values.
        assertThat(db(Map.of("DB", "oracle"))).isEqualTo("oracle");
    }

    @Test
    void theBenchmarkJvmsReceiveTheConnectionSettingsAndTheNotesFileAndThePasswordOnlyInTheirEnvironment()
            throws Exception {
        var pom = maven(
                Map.of("DB", "postgres"),
                "-Pbench",
                "-Ddb.url=jdbc:postgresql://db.example:5432/school",
                "-Ddb.user=teacher",
                "-Ddb.password=s3cret",
                "help:effective-pom");

        assertThat(pom)
                .contains("-Ddb=postgres -Ddb.url=jdbc:postgresql://db.example:5432/school -Ddb.user=teacher"
                        + " -Dajp.bench.notes=")
                .contains("jmh-notes-postgres.properties")
                .contains("jmh-result-postgres.json")
                .contains("<DB_PASSWORD>s3cret</DB_PASSWORD>")
                .doesNotContain("-Ddb.password");
    }

    @Test
    void onH2ThePostgresOnlyBenchmarksAreLeftOut() throws Exception {
        assertThat(maven(Map.of(), "-Pbench", "help:effective-pom")).contains("-e \\.Postgres\\w*Benchmark\\.");
        assertThat(maven(Map.of("DB", "postgres"), "-Pbench", "help:effective-pom"))
                .doesNotContain("-e \\.Postgres");
    }

    private static String db(Map<String, String> environment, String... arguments) throws Exception {
        var command = new ArrayList<>(List.of(arguments));
        command.addAll(List.of(EVALUATE, "-Dexpression=db", "-DforceStdout"));
        return maven(environment, command.toArray(String[]::new)).strip();
    }

    /** Runs the Maven Wrapper on the root pom alone (-N) and returns what it printed. */
    private static String maven(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        var root = Path.of("..").toAbsolutePath().normalize();
        var windows = System.getProperty("os.name").toLowerCase().startsWith("windows");
        var wrapper = root.resolve(windows ? "mvnw.cmd" : "mvnw");
        assertThat(wrapper)
                .as("the Maven Wrapper next to the root pom (run the tests from the module)")
                .exists();
        var command = new ArrayList<>(List.of(wrapper.toString(), "-q", "-N", "-B"));
        command.addAll(List.of(arguments));
        var output = Files.createTempFile("ajp-maven", ".txt");
        var effectivePom = arguments[arguments.length - 1].equals("help:effective-pom");
        if (effectivePom) {
            // -q keeps the plugin quiet: it writes the pom to a file instead.
            command.set(command.size() - 1, "org.apache.maven.plugins:maven-help-plugin:3.5.1:effective-pom");
            command.add("-Doutput=" + output);
        }
        try {
            var process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            process.redirectOutput(output.toFile());
            // Only what the test sets: the build's own DB settings must not leak into the answer.
            process.environment().keySet().removeIf(name -> name.startsWith("DB") || name.startsWith("MAVEN_"));
            process.environment().putAll(environment);
            if (effectivePom) {
                process.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            }
            var running = process.start();
            assertThat(running.waitFor(5, TimeUnit.MINUTES))
                    .as("Maven finished")
                    .isTrue();
            var printed = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(running.exitValue()).as(printed).isZero();
            return printed;
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
