package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.building.DefaultModelBuilderFactory;
import org.apache.maven.model.building.DefaultModelBuildingRequest;
import org.apache.maven.model.building.ModelBuildingException;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

/**
 * How {@code DB}, {@code -Ddb}, {@code -Ppostgres} and {@code -Ddb.url} reach the JVMs the build starts, asked of
 * Maven's own model builder (the library the Maven Wrapper's Maven builds every project with), in this JVM: the
 * parent pom hands one property, {@code db}, to the tests (surefire), the mains (exec:java) and the benchmarks
 * (exec:exec), so the configuration Maven makes of it is what all three see. README.md, "Running on PostgreSQL",
 * promises each of these.
 *
 * <p>A command line is given here as Maven's launcher hands it to the model builder: each environment variable as a
 * system property {@code env.NAME}, each {@code -Dname=value} as a user property, each {@code -Pid} as an active
 * profile. The root pom is read alone, as {@code mvn -N} reads it.
 */
class BuildConfigurationTest {

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
        var environment = Map.of("DB", "postgres");
        String[] command = {
            "-Pbench", "-Ddb.url=jdbc:postgresql://db.example:5432/school", "-Ddb.user=teacher", "-Ddb.password=s3cret"
        };

        assertThat(benchmarkArguments(environment, command))
                .contains("-Ddb=postgres -Ddb.url=jdbc:postgresql://db.example:5432/school -Ddb.user=teacher"
                        + " -Dajp.bench.notes=")
                .contains("jmh-notes-postgres.properties")
                .contains("jmh-result-postgres.json")
                .doesNotContain("-Ddb.password")
                .doesNotContain("s3cret");
        assertThat(benchmarkEnvironment(environment, command)).containsEntry("DB_PASSWORD", "s3cret");
        // Without -Ddb.password, Maven passes no password of its own: the JVMs inherit DB_PASSWORD, if any.
        assertThat(benchmarkEnvironment(environment, "-Pbench")).doesNotContainKey("DB_PASSWORD");
    }

    @Test
    void onH2ThePostgresOnlyBenchmarksAreLeftOut() throws Exception {
        assertThat(benchmarkArguments(Map.of(), "-Pbench")).contains("-e \\.Postgres\\w*Benchmark\\.");
        assertThat(benchmarkArguments(Map.of("DB", "postgres"), "-Pbench")).doesNotContain("-e \\.Postgres");
    }

    /** The {@code db} the tests receive: surefire's system property, as the effective pom configures it. */
    private static String db(Map<String, String> environment, String... arguments) throws ModelBuildingException {
        var surefire = plugin(
                model(environment, arguments).getBuild().getPluginManagement().getPlugins(), "maven-surefire-plugin");
        var configuration = (Xpp3Dom) surefire.getConfiguration();
        return configuration.getChild("systemPropertyVariables").getChild("db").getValue();
    }

    /** The command line the bench profile gives the benchmark JVMs (exec:exec, as typed on the command line). */
    private static String benchmarkArguments(Map<String, String> environment, String... arguments)
            throws ModelBuildingException {
        var exec = plugin(model(environment, arguments).getBuild().getPlugins(), "exec-maven-plugin");
        var execution = exec.getExecutionsAsMap().get("default-cli");
        assertThat(execution).as("the bench profile's exec:exec").isNotNull();
        return ((Xpp3Dom) execution.getConfiguration())
                .getChild("commandlineArgs")
                .getValue();
    }

    /** The environment variables the bench profile adds for the benchmark JVMs (exec:exec's configuration). */
    private static Map<String, String> benchmarkEnvironment(Map<String, String> environment, String... arguments)
            throws ModelBuildingException {
        var variables = new java.util.TreeMap<String, String>();
        var management = model(environment, arguments).getBuild().getPluginManagement();
        var exec = management.getPlugins().stream()
                .filter(p -> p.getArtifactId().equals("exec-maven-plugin"))
                .findFirst();
        var configuration = exec.map(p -> (Xpp3Dom) p.getConfiguration()).orElse(null);
        var listed = configuration == null ? null : configuration.getChild("environmentVariables");
        if (listed != null) {
            for (var variable : listed.getChildren()) {
                variables.put(variable.getName(), variable.getValue());
            }
        }
        return variables;
    }

    private static Plugin plugin(List<Plugin> plugins, String artifactId) {
        return plugins.stream()
                .filter(p -> p.getArtifactId().equals(artifactId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + artifactId + " in the effective pom"));
    }

    /**
     * The root pom as Maven makes it for this environment and these {@code -P} and {@code -D} arguments: its profiles
     * activated and injected, its properties interpolated (the first of Maven's two phases; the second, which
     * imports the BOMs and needs a repository, adds nothing that this test reads).
     */
    private static Model model(Map<String, String> environment, String... arguments) throws ModelBuildingException {
        var system = new Properties();
        // Only what the test sets: the build's own DB settings must not leak into the answer.
        System.getProperties().forEach((name, value) -> {
            var key = name.toString();
            if (!key.startsWith("db") && !key.startsWith("env.") && !key.startsWith("ajp.")) {
                system.put(key, value);
            }
        });
        environment.forEach((name, value) -> system.setProperty("env." + name, value));
        var user = new Properties();
        var profiles = new ArrayList<String>();
        for (var argument : arguments) {
            if (argument.startsWith("-P")) {
                profiles.add(argument.substring(2));
            } else if (argument.startsWith("-D")) {
                var setting = argument.substring(2).split("=", 2);
                user.setProperty(setting[0], setting.length == 2 ? setting[1] : "true");
            } else {
                throw new IllegalArgumentException("Not a -P or -D argument: " + argument);
            }
        }
        var pom = ModuleDirectory.of(BuildConfigurationTest.class).getParent().resolve("pom.xml");
        assertThat(pom).as("the root pom (run the tests from the module)").exists();
        var request = new DefaultModelBuildingRequest()
                .setPomFile(pom.toFile())
                .setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL)
                .setProcessPlugins(false)
                .setTwoPhaseBuilding(true)
                .setSystemProperties(system)
                .setUserProperties(user)
                .setActiveProfileIds(profiles);
        return new DefaultModelBuilderFactory().newInstance().build(request).getEffectiveModel();
    }
}
