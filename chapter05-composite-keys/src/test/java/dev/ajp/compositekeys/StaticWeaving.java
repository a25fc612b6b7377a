package dev.ajp.compositekeys;

import dev.ajp.kit.ModuleDirectory;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.tools.weaving.jpa.StaticWeaveProcessor;

/**
 * EclipseLink's static weaver, run from a test as the build runs it, on the compiled test classes, into a directory
 * of its own: what it logs and what it refuses.
 */
final class StaticWeaving {

    private StaticWeaving() {}

    /**
     * Weaves the test classes for a persistence unit that lists {@code classes}, into a new temporary directory.
     *
     * @return what the weaver logged at WARNING and above
     * @throws Exception what the weaver threw
     */
    static String weave(List<Class<?>> classes) throws Exception {
        var info = Files.createTempDirectory("ajp-weaving-info");
        var target = Files.createTempDirectory("ajp-woven");
        try {
            Files.createDirectories(info.resolve("META-INF"));
            Files.writeString(info.resolve("META-INF/persistence.xml"), persistenceXml(classes));
            var weaver = new StaticWeaveProcessor(
                    ModuleDirectory.of(StaticWeaving.class)
                            .resolve("target/test-classes")
                            .toFile(),
                    target.toFile());
            weaver.setPersistenceInfo(info.toFile());
            weaver.setClassLoader(StaticWeaving.class.getClassLoader());
            var log = new StringWriter();
            weaver.setLog(log);
            weaver.setLogLevel(SessionLog.WARNING);
            weaver.performWeaving();
            return log.toString();
        } finally {
            delete(info);
            delete(target);
        }
    }

    private static String persistenceXml(List<Class<?>> classes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence xmlns="https://jakarta.ee/xml/ns/persistence"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence https://jakarta.ee/xml/ns/persistence/persistence_3_2.xsd"
                             version="3.2">
                  <persistence-unit name="weaving-test" transaction-type="RESOURCE_LOCAL">
                    <provider>org.eclipse.persistence.jpa.PersistenceProvider</provider>
                %s
                    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                  </persistence-unit>
                </persistence>
                """.formatted(classes.stream()
                .map(c -> "    <class>" + c.getName() + "</class>")
                .collect(Collectors.joining("\n")));
    }

    private static void delete(Path directory) {
        try (var files = Files.walk(directory)) {
            for (var file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
