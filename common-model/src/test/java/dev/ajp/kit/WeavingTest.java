package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens when an IDE's own compiler built a module: two entities compiled here by plain javac, as an IDE does,
 * into a module of their own ({@code pom.xml}, {@code src/main/weaving}, {@code target/classes}).
 */
class WeavingTest {

    private static final String OWNER = """
            package pets;

            import jakarta.persistence.*;

            @Entity
            public class Owner {
                @Id private Long id;
                private String name;
                public String getName() { return name; }
            }
            """;
    private static final String PET = """
            package pets;

            import jakarta.persistence.*;

            @Entity
            public class Pet {
                @Id private Long id;
                @ManyToOne(fetch = FetchType.LAZY) private Owner owner;
                public Owner getOwner() { return owner; }
            }
            """;
    // Its static field loads Pet before main starts, unwoven: only a new class loader can see the woven class.
    private static final String MAIN = """
            package pets;

            public class PetMain {
                static final Class<?> LOADED_BEFORE_MAIN = Pet.class;

                public static void main(String[] args) {
                    if (dev.ajp.kit.Weaving.rerunWoven(args)) {
                        System.out.println("the first run returned");
                        return;
                    }
                    var woven = org.eclipse.persistence.internal.weaving.PersistenceWeaved.class.isAssignableFrom(Pet.class);
                    System.out.println(String.join(" ", args) + ": Pet woven " + woven + " in "
                            + PetMain.class.getClassLoader().getName());
                }
            }
            """;

    @TempDir
    Path module;

    private Path classes;

    @BeforeEach
    void compileWithoutWeaving() throws Exception {
        Files.writeString(module.resolve("pom.xml"), "<project/>\n");
        classes = Files.createDirectories(module.resolve("target/classes"));
        var sources = Files.createDirectories(module.resolve("src/main/java/pets"));
        var files = new ArrayList<String>();
        for (var source : List.of(OWNER, PET, MAIN)) {
            var name = source.substring(source.indexOf("public class ") + 13, source.indexOf(" {"));
            files.add(Files.writeString(sources.resolve(name + ".java"), source).toString());
        }
        var arguments =
                new ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        arguments.addAll(files);
        var compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new));
        assertThat(compiled).as("javac's exit code").isZero();
    }

    private void listForWeaving(String... entities) throws Exception {
        var info = Files.createDirectories(module.resolve("src/main/weaving/META-INF"));
        var listed = new StringBuilder();
        for (var entity : entities) {
            listed.append("    <class>").append(entity).append("</class>\n");
        }
        Files.writeString(info.resolve("persistence.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence https://jakarta.ee/xml/ns/persistence/persistence_3_2.xsd"
                             version="3.2">
                  <persistence-unit name="pets" transaction-type="RESOURCE_LOCAL">
                    <provider>org.eclipse.persistence.jpa.PersistenceProvider</provider>
                %s    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                  </persistence-unit>
                </persistence>
                """.formatted(listed));
    }

    @Test
    void entitiesCompiledWithoutWeavingAreWovenInPlaceWithoutLoadingThemWhereTheProgramRuns() throws Exception {
        listForWeaving("pets.Owner", "pets.Pet");
        var info = module.resolve("src/main/weaving");
        assertThat(Weaving.unwovenEntities(classes, info)).containsExactly("pets.Owner", "pets.Pet");

        try (var program = new ProgramLoader(classes)) {
            assertThat(Weaving.weaveClassDirectories(program)).containsExactly(classes.toRealPath());

            assertThat(Weaving.unwovenEntities(classes, info)).isEmpty();
            assertThat(program.loaded("pets.Pet"))
                    .as("the weaver loaded Pet where the program runs")
                    .isNull();
            assertThat(program.loadClass("pets.Pet")).isAssignableTo(PersistenceWeaved.class);
            assertThat(Weaving.logFile(classes)).isEqualTo(module.resolve("target/weaving.log"));
            assertThat(module.resolve("target/weaving.log")).exists();
            // Checked once: nothing to do the second time.
            assertThat(Weaving.weaveClassDirectories(program)).isEmpty();
        }
    }

    @Test
    void whatTheWeaverRefusesStopsTheStartWithWhatToDo() throws Exception {
        // Pet refers to Owner, which is not listed: EclipseLink's weaver refuses the unit (EclipseLink-7250).
        listForWeaving("pets.Pet");

        try (var program = new ProgramLoader(classes)) {
            assertThatThrownBy(() -> Weaving.weaveClassDirectories(program))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("The entities in " + classes.toRealPath() + " were compiled without"
                            + " EclipseLink's weaving (by an IDE's own compiler), and the kit could not weave them:")
                    .hasMessageEndingWith("Build the module with Maven once (./mvnw -q -pl " + module.getFileName()
                            + " -am test-compile) and run it again.");
        }
    }

    @Test
    void aMainWeavesAndRunsAgainInANewClassLoaderAndTheSecondStartRunsAtOnce() throws Exception {
        listForWeaving("pets.Owner", "pets.Pet");

        assertThat(run("a", "b"))
                .containsExactly("a b: Pet woven true in " + Weaving.RERUN_LOADER, "the first run returned");
        assertThat(run("c")).containsExactly("c: Pet woven true in app");
    }

    /** Starts PetMain with plain java, as an IDE does, on the module's classes and this test's class path. */
    private List<String> run(String... args) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(
                java, "-cp", classes + File.pathSeparator + System.getProperty("java.class.path"), "pets.PetMain"));
        command.addAll(List.of(args));
        var output = module.resolve("output.txt");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the main finished").isTrue();
        var printed = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(String.join("\n", printed)).isZero();
        return printed;
    }

    /** The program's class loader: the module's classes over this test's; says which classes it loaded. */
    private static final class ProgramLoader extends URLClassLoader {
        ProgramLoader(Path classes) throws Exception {
            super(new URL[] {classes.toUri().toURL()}, WeavingTest.class.getClassLoader());
        }

        Class<?> loaded(String name) {
            return findLoadedClass(name);
        }
    }
}
