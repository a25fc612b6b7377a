package dev.ajp.rawsql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.ToolProvider;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SqlObject binds {@code :age} to the method parameter named {@code age}, and a parameter has a name at run time
 * only when its class was compiled with {@code javac -parameters}. This build compiles everything with the flag (the
 * parent pom), so to show a project without it, this test compiles the same small SqlObject source itself, with the
 * JDK's compiler, once without and once with the flag, and calls each on the tutorial's data. A third source says
 * {@code @Bind("age")} and needs no flag.
 */
class SqlObjectParameterNamesTest {

    private static final String BARE = """
            package sqlobject;

            import java.util.List;
            import org.jdbi.v3.sqlobject.statement.SqlQuery;

            public interface Names {
                @SqlQuery("select name from students where age > :age order by id")
                List<String> olderThan(int age);
            }
            """;

    private static final String WITH_BIND = BARE.replace(
                    "import org.jdbi", "import org.jdbi.v3.sqlobject.customizer.Bind;\nimport org.jdbi")
            .replace("(int age)", "(@Bind(\"age\") int age)");

    @TempDir
    Path classes;

    private final List<URLClassLoader> loaders = new ArrayList<>();

    @Test
    void withoutTheParametersFlagThereIsNoNameToBindAndTheCallFails() throws Exception {
        try (var db = ChapterDatabase.open()) {
            var names = compile(BARE, List.of(), "without");

            assertThat(names.getMethod("olderThan", int.class)
                            .getParameters()[0]
                            .getName())
                    .isEqualTo("arg0");
            assertThatThrownBy(() -> olderThan(db.frameworks().jdbi(), names, 20))
                    .isInstanceOf(UnableToCreateStatementException.class)
                    .hasMessageStartingWith("Missing named parameter 'age' in binding:{pos:{0:20}}");
            // Nothing reached the database.
            assertThat(db.recorder().statements()).isEmpty();
        }
    }

    @Test
    void withTheParametersFlagOrBindTheNameIsFoundAndTheCallWorks() throws Exception {
        try (var db = ChapterDatabase.open()) {
            var flagged = compile(BARE, List.of("-parameters"), "flagged");
            var bound = compile(WITH_BIND, List.of(), "bound");

            assertThat(flagged.getMethod("olderThan", int.class)
                            .getParameters()[0]
                            .getName())
                    .isEqualTo("age");
            assertThat(olderThan(db.frameworks().jdbi(), flagged, 20)).containsExactly("Alice", "Bob", "Carol", "Eve");
            assertThat(olderThan(db.frameworks().jdbi(), bound, 20)).containsExactly("Alice", "Bob", "Carol", "Eve");
        }
    }

    /** Compiles {@code source} with these javac options into a directory of its own and loads the interface. */
    private Class<?> compile(String source, List<String> options, String directory) throws IOException {
        var root = Files.createDirectories(classes.resolve(directory));
        var file = Files.createDirectories(root.resolve("sqlobject")).resolve("Names.java");
        Files.writeString(file, source);
        var arguments = new ArrayList<>(options);
        arguments.addAll(
                List.of("-classpath", System.getProperty("java.class.path"), "-d", root.toString(), file.toString()));
        var errors = new ByteArrayOutputStream();
        var compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler)
                .as("a JDK's compiler (this test needs a JDK, not a JRE)")
                .isNotNull();
        var status = compiler.run(null, null, errors, arguments.toArray(String[]::new));
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        var loader =
                new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader());
        loaders.add(loader);
        try {
            return loader.loadClass("sqlobject.Names");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void closeLoaders() throws IOException {
        for (var loader : loaders) {
            loader.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> olderThan(Jdbi jdbi, Class<?> sqlObject, int age) throws Exception {
        try {
            return (List<String>) sqlObject.getMethod("olderThan", int.class).invoke(jdbi.onDemand(sqlObject), age);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }
}
