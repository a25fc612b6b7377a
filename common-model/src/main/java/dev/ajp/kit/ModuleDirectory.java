package dev.ajp.kit;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The directory of the Maven module a class was compiled from: the nearest folder holding a {@code pom.xml} above the
 * class directory (or jar) the class was loaded from. Tests read their module's files through it ({@code
 * ModuleDirectory.of(ReadmeSqlTest.class).resolve("README.md")}), so they find them whatever the working directory
 * is: Maven and IntelliJ IDEA or Eclipse start tests in the module, VS Code in the root of the workspace.
 */
public final class ModuleDirectory {

    private ModuleDirectory() {}

    /**
     * The module directory of {@code type}.
     *
     * @throws IllegalStateException when the class was not loaded from a file below a folder holding a {@code pom.xml}
     */
    public static Path of(Class<?> type) {
        var location = classLocation(type);
        return containing(location)
                .orElseThrow(() -> new IllegalStateException(type.getName() + " was loaded from " + location
                        + ", which is not inside a Maven module (no pom.xml in any folder above it)."));
    }

    /** Where {@code type} was loaded from: its class directory or jar. */
    static Path classLocation(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        if (source == null
                || source.getLocation() == null
                || !"file".equals(source.getLocation().getProtocol())) {
            throw new IllegalStateException(type.getName() + " was not loaded from a file of its own: "
                    + (source == null ? "no code source" : source.getLocation()));
        }
        try {
            return Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(type.getName() + " has a code source that is not a path", e);
        }
    }

    /** The nearest folder above {@code file} (a class directory or a jar) that holds a {@code pom.xml}. */
    static Optional<Path> containing(Path file) {
        for (var folder = file.toAbsolutePath().normalize().getParent(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("pom.xml"))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }
}
