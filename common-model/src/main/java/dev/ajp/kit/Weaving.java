package dev.ajp.kit;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.persistence.logging.SessionLog;

/**
 * Weaves the entities for EclipseLink when an IDE compiled them, so that a chapter's main and its tests run from an
 * IDE's Run button as they run under Maven.
 *
 * <p>Maven weaves a module's entities when it compiles it (the {@code eclipselink-static-weaving} profile of the parent
 * pom, from the module's {@code src/main/weaving/META-INF/persistence.xml}; chapter 05 also weaves test entities from
 * {@code src/test/weaving}). An IDE's own compiler (IntelliJ IDEA, Eclipse, VS Code with default settings) writes the
 * same class files without that step. So the kit does it at start, before any entity class is used:
 *
 * <ul>
 *   <li>every class directory on the class path that belongs to a module with such a file is checked: each listed
 *       {@code @Entity} whose class file lies in that directory must name EclipseLink's {@code PersistenceWeaved} (a
 *       byte search, a few milliseconds; a Maven build passes here and nothing else happens);
 *   <li>a directory that fails is woven in place by EclipseLink's own {@code StaticWeaveProcessor}, the tool Maven
 *       runs, on the same persistence.xml. Its log goes next to the directory ({@code target/weaving.log}, or {@code
 *       target/test-weaving.log} for test classes, where chapter 05's build writes its own). The processor loads every
 *       class of the directory it weaves, so it runs in a class loader of its own over the whole class path: were the
 *       application's loader asked, the running JVM would keep the unwoven classes;
 *   <li>a main ({@link #rerunWoven}) then runs once more, in a new class loader over the same class path, because
 *       its JVM may have loaded an entity class before the files were woven; tests are woven by {@link WeavingSessionListener} before JUnit loads a test
 *       class, and need no second start.
 * </ul>
 *
 * What cannot be woven (a directory that cannot be written, an entity the processor leaves unwoven) stops the start
 * with one message saying what to do. {@link JpaProvider} still refuses an unwoven entity when EclipseLink starts: an
 * entity missing from the persistence.xml is caught there.
 */
public final class Weaving {

    /** The name of the class loader a main runs again in; a main that finds itself there never starts a third time. */
    static final String RERUN_LOADER = "ajp-woven-classes";

    private static final String WOVEN = "org/eclipse/persistence/internal/weaving/PersistenceWeaved";
    private static final String ENTITY = "Ljakarta/persistence/Entity;";

    /** The class directories found woven in this JVM (in this class loader of the kit): not read again. */
    private static final Set<Path> CHECKED = ConcurrentHashMap.newKeySet();

    private Weaving() {}

    /**
     * The first statement of every chapter main: {@code if (Weaving.rerunWoven(args)) return;}. Returns {@code false}
     * at once when the entities on the class path are woven (always, under Maven). When an IDE compiled them, weaves
     * them in place, runs the calling main again with {@code args} in a new class loader over the same class path,
     * and returns {@code true} once it has finished: the caller then returns, having printed nothing.
     *
     * @throws IllegalStateException when the entities cannot be woven, saying what to do; before anything is printed
     */
    public static boolean rerunWoven(String[] args) {
        var main = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .getCallerClass();
        var loader = main.getClassLoader();
        var woven = weaveClassDirectories(loader);
        if (woven.isEmpty()) {
            if (RERUN_LOADER.equals(loader.getName())) {
                // Run again: Hibernate also reads its service files through the application's class loader, finds
                // its own classes there a second time, skips them and logs a warning each time (HHH010505). Harmless,
                // and not part of the lesson.
                Logging.quiet("org.hibernate.orm.service");
            }
            return false;
        }
        if (RERUN_LOADER.equals(loader.getName())) {
            // Every directory was woven and checked before the first run ended; only a file rewritten meanwhile
            // lands here. Refuse rather than start again and again.
            throw new IllegalStateException("The entities in " + woven + " were found unwoven again after they were"
                    + " woven for " + main.getName() + ". Build with Maven once (./mvnw compile) and run it again.");
        }
        rerun(main.getName(), args, classPath(loader));
        return true;
    }

    /**
     * Checks, and where needed weaves in place, every class directory that {@code loader} sees and that belongs to a
     * module with a {@code src/main/weaving} (or, for test classes, {@code src/test/weaving}) persistence.xml.
     *
     * @return the directories that were woven now; empty when all were woven already
     * @throws IllegalStateException when a directory cannot be woven
     */
    static List<Path> weaveClassDirectories(ClassLoader loader) {
        var directories = classDirectories(loader);
        var woven = new ArrayList<Path>();
        for (var directory : directories) {
            if (CHECKED.contains(directory)) {
                continue;
            }
            var info = weavingInfo(directory);
            if (info.isPresent() && !unwovenEntities(directory, info.get()).isEmpty()) {
                weave(directory, info.get(), loader);
                var still = unwovenEntities(directory, info.get());
                if (!still.isEmpty()) {
                    throw refusal(
                            directory,
                            "EclipseLink's weaver left " + String.join(", ", still) + " unwoven (its log is in "
                                    + logFile(directory) + ")",
                            null);
                }
                woven.add(directory);
            }
            CHECKED.add(directory);
        }
        return woven;
    }

    /**
     * The listed {@code @Entity} classes whose class files lie in {@code directory} and do not name {@code
     * PersistenceWeaved}. A listed class compiled into another directory (Student, listed by a chapter for its
     * references, lives in common-model) is checked there.
     */
    static List<String> unwovenEntities(Path directory, Path weavingInfo) {
        var unwoven = new ArrayList<String>();
        for (var name : listedClasses(weavingInfo.resolve("META-INF/persistence.xml"))) {
            var file = directory.resolve(name.replace('.', '/') + ".class");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String bytes;
            try {
                bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw refusal(directory, "cannot read " + file, e);
            }
            if (bytes.contains(ENTITY) && !bytes.contains(WOVEN)) {
                unwoven.add(name);
            }
        }
        return unwoven;
    }

    /**
     * The persistence.xml folder that lists what to weave in {@code directory}: {@code src/test/weaving} of its module
     * for a test class directory ({@code target/test-classes}), {@code src/main/weaving} for any other.
     */
    static Optional<Path> weavingInfo(Path directory) {
        return ModuleDirectory.containing(directory).flatMap(module -> {
            var test = false;
            for (var part : module.relativize(directory)) {
                test |= part.toString().contains("test");
            }
            var info = module.resolve(test ? "src/test/weaving" : "src/main/weaving");
            return Files.isRegularFile(info.resolve("META-INF/persistence.xml")) ? Optional.of(info) : Optional.empty();
        });
    }

    /** Every class directory (not jar) that {@code loader} loads classes from, in class-path order. */
    static List<Path> classDirectories(ClassLoader loader) {
        var directories = new LinkedHashSet<Path>();
        try {
            // A directory on the class path is found as the resource "": also through a jar whose manifest names the
            // class path, which is how Maven's surefire and some IDEs shorten a long command line.
            for (var roots = loader.getResources(""); roots.hasMoreElements(); ) {
                var root = roots.nextElement();
                if ("file".equals(root.getProtocol())) {
                    var path = Path.of(root.toURI()).toAbsolutePath().normalize();
                    if (Files.isDirectory(path)) {
                        directories.add(path);
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the class path of " + loader, e);
        }
        return List.copyOf(directories);
    }

    private static List<String> listedClasses(Path persistenceXml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var classes =
                    factory.newDocumentBuilder().parse(persistenceXml.toFile()).getElementsByTagName("class");
            var names = new ArrayList<String>();
            for (var i = 0; i < classes.getLength(); i++) {
                names.add(classes.item(i).getTextContent().strip());
            }
            return names;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the classes to weave from " + persistenceXml, e);
        }
    }

    private static void weave(Path directory, Path weavingInfo, ClassLoader loader) {
        var log = logFile(directory);
        // EclipseLink's weaver runs in a class loader of its own over the whole class path, with nothing of the
        // program's above it: it loads every class of the directory it weaves, and keeps JVM-wide state of its own
        // (its default log, its metadata); none of that reaches the classes the program runs on.
        var thread = Thread.currentThread();
        var previous = thread.getContextClassLoader();
        try (var weaver = new URLClassLoader(classPath(loader), ClassLoader.getPlatformClassLoader());
                var writer = Files.newBufferedWriter(log)) {
            thread.setContextClassLoader(weaver);
            var type = weaver.loadClass("org.eclipse.persistence.tools.weaving.jpa.StaticWeaveProcessor");
            var processor =
                    type.getConstructor(File.class, File.class).newInstance(directory.toFile(), directory.toFile());
            type.getMethod("setPersistenceInfo", File.class).invoke(processor, weavingInfo.toFile());
            type.getMethod("setClassLoader", ClassLoader.class).invoke(processor, weaver);
            type.getMethod("setLog", Writer.class).invoke(processor, writer);
            type.getMethod("setLogLevel", int.class).invoke(processor, SessionLog.WARNING);
            type.getMethod("performWeaving").invoke(processor);
        } catch (InvocationTargetException e) {
            throw refusal(directory, "weaving failed: " + e.getCause(), e.getCause());
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            throw refusal(directory, "weaving failed: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Every class-path entry {@code loader} and its parents load from: the URLs of each URLClassLoader, and the
     * application's class path (a jar naming the rest in its manifest stays one entry: URLClassLoader follows it).
     */
    private static URL[] classPath(ClassLoader loader) {
        var entries = new LinkedHashSet<URL>();
        for (var current = loader; current != null; current = current.getParent()) {
            if (current instanceof URLClassLoader urls) {
                entries.addAll(List.of(urls.getURLs()));
            }
        }
        var paths = new ArrayList<Path>();
        for (var entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                paths.add(Path.of(entry).toAbsolutePath());
            }
        }
        entries.addAll(List.of(urls(paths)));
        return entries.toArray(URL[]::new);
    }

    /** Where the weaver's log of a class directory goes: {@code target/weaving.log} or {@code target/test-weaving.log}. */
    static Path logFile(Path directory) {
        var name = directory.getFileName().toString();
        return directory.resolveSibling(name.contains("test") ? "test-weaving.log" : "weaving.log");
    }

    private static IllegalStateException refusal(Path directory, String why, Throwable cause) {
        var module = ModuleDirectory.containing(directory)
                .map(m -> m.getFileName().toString())
                .orElse("the module");
        return new IllegalStateException(
                "The entities in " + directory + " were compiled without EclipseLink's weaving (by an IDE's own"
                        + " compiler), and the kit could not weave them: " + why + ". Build the module with Maven"
                        + " once (./mvnw -q -pl " + module + " -am test-compile) and run it again.",
                cause);
    }

    private static URL[] urls(Collection<Path> paths) {
        var urls = new ArrayList<URL>();
        for (var path : paths) {
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalStateException(path + " is not a URL", e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    /**
     * Runs {@code main} again in a new class loader over the whole class path whose parent is the platform loader:
     * every class, the woven entities and the libraries alike, is loaded anew, so no class of the first start is seen
     * again. The loader is not closed: threads and shutdown hooks started by the main may still load classes from it.
     */
    private static void rerun(String main, String[] args, URL[] classPath) {
        var woven = new URLClassLoader(RERUN_LOADER, classPath, ClassLoader.getPlatformClassLoader());
        var thread = Thread.currentThread();
        var previous = thread.getContextClassLoader();
        thread.setContextClassLoader(woven);
        try {
            var method = woven.loadClass(main).getMethod("main", String[].class);
            method.setAccessible(true);
            method.invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw Weaving.<RuntimeException>rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot run " + main + " again over the woven classes", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Throws what the main threw, as it is (a main may declare checked exceptions; this method does not). */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable thrown) throws T {
        throw (T) thrown;
    }
}
