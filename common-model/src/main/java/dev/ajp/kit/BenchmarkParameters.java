package dev.ajp.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * What a chapter's benchmarks run, read from their {@code @Param} fields, for the benchmark parameter test every
 * chapter has ({@code BenchmarkParametersTest}). JMH checks a parameter only when it runs it, on the database of the
 * run: a renamed approach, an approach listed in a benchmark of the wrong database, or an approach no benchmark
 * measures would otherwise show only in a full run, or never.
 *
 * <p>The rules it checks:
 *
 * <ul>
 *   <li>A benchmark class named {@code Postgres...Benchmark} runs on PostgreSQL only (the {@code bench} profile leaves
 *       it out on H2); every other one runs on every database.
 *   <li>Every value of an enum-typed {@code @Param} names a constant of the enum; a {@code @Param} that lists no value
 *       runs every constant. If the enum is a {@link ChapterApproach} (every chapter's {@code Approach}), every
 *       value runs on every database its benchmark runs on.
 *   <li>Every constant of an enum that some benchmark has as its {@code approach} parameter is measured on every
 *       database it runs on, by some benchmark that runs there.
 *   <li>Every other value is a number of zero or more (the sizes).
 *   <li>Every approach's label is {@code Framework/approach} ({@link ChapterApproach#LABEL}), and no two are the same.
 * </ul>
 *
 * Only tests use it; it needs JMH on the class path, which every chapter's tests have.
 */
public final class BenchmarkParameters {

    /** The name of the parameter that holds a benchmark's approach. */
    public static final String APPROACH = "approach";

    private BenchmarkParameters() {}

    /**
     * The benchmark classes of the module, from the list JMH's annotation processor writes
     * ({@code META-INF/BenchmarkList}), in name order.
     *
     * @throws IllegalStateException if there is no such list on the class path
     */
    public static List<Class<?>> benchmarks() {
        try (var list = BenchmarkParameters.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            if (list == null) {
                throw new IllegalStateException("No " + BenchmarkList.BENCHMARK_LIST + " on the class path: are the"
                        + " benchmarks (src/jmh/java) compiled with JMH's annotation processor?");
            }
            var loader = Thread.currentThread().getContextClassLoader();
            var classes = new ArrayList<Class<?>>();
            for (var name : BenchmarkList.readBenchmarkList(list).stream()
                    .map(BenchmarkListEntry::getUserClassQName)
                    .distinct()
                    .sorted()
                    .toList()) {
                classes.add(Class.forName(name, false, loader));
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("A benchmark listed by JMH is not on the class path: " + e.getMessage(), e);
        }
    }

    /** The databases a benchmark class runs on: PostgreSQL for a {@code Postgres...Benchmark}, else every one. */
    public static Set<DatabaseSettings.Kind> databases(Class<?> benchmark) {
        return benchmark.getSimpleName().startsWith("Postgres")
                ? EnumSet.of(DatabaseSettings.Kind.POSTGRES)
                : EnumSet.allOf(DatabaseSettings.Kind.class);
    }

    /**
     * The values JMH runs for a {@code @Param} field: the ones it lists, or every constant of its enum type when it
     * lists none.
     *
     * @throws IllegalArgumentException if the class has no such public {@code @Param} field
     */
    public static List<String> values(Class<?> benchmark, String name) {
        return values(param(benchmark, name));
    }

    /**
     * Everything the rules above find wrong with these benchmark classes, one sentence each; empty when they hold.
     */
    public static List<String> problems(List<Class<?>> benchmarks) {
        var problems = new ArrayList<String>();
        var approachTypes = new LinkedHashSet<Class<?>>();
        for (var benchmark : benchmarks) {
            var fields = Stream.of(benchmark.getFields())
                    .filter(f -> f.isAnnotationPresent(Param.class))
                    .toList();
            if (fields.isEmpty()) {
                problems.add(benchmark.getSimpleName() + " has no @Param field");
            }
            for (var field : fields) {
                var where = benchmark.getSimpleName() + "." + field.getName();
                if (field.getName().equals(APPROACH) && field.getType().isEnum()) {
                    approachTypes.add(field.getType());
                }
                for (var value : values(field)) {
                    if (field.getType().isEnum()) {
                        var constant = constant(field.getType(), value);
                        if (constant == null) {
                            problems.add(where + ": " + value + " is no constant of "
                                    + field.getType().getSimpleName());
                            continue;
                        }
                        for (var database : databases(benchmark)) {
                            if (!runsOn(constant, database)) {
                                problems.add(where + ": " + value + " does not run on " + database.key() + ", where "
                                        + benchmark.getSimpleName() + " runs");
                            }
                        }
                    } else if (!isNumber(value)) {
                        problems.add(where + ": " + value + " is not a number of zero or more");
                    }
                }
            }
        }
        for (var type : approachTypes) {
            var labels = new LinkedHashSet<String>();
            for (var constant : type.getEnumConstants()) {
                if (constant instanceof ChapterApproach approach) {
                    if (!ChapterApproach.LABEL.matcher(approach.label()).matches()) {
                        problems.add(type.getSimpleName() + "." + approach.name() + "'s label \"" + approach.label()
                                + "\" is not Framework/approach (" + ChapterApproach.LABEL.pattern() + ")");
                    }
                    if (!labels.add(approach.label())) {
                        problems.add(type.getSimpleName() + "." + approach.name() + "'s label \"" + approach.label()
                                + "\" is another constant's too");
                    }
                }
            }
            for (var constant : type.getEnumConstants()) {
                var name = ((Enum<?>) constant).name();
                for (var database : DatabaseSettings.Kind.values()) {
                    var measured = benchmarks.stream()
                            .anyMatch(b -> databases(b).contains(database)
                                    && hasApproachOf(b, type)
                                    && values(b, APPROACH).contains(name));
                    if (runsOn(constant, database) && !measured) {
                        problems.add(type.getSimpleName() + "." + name + " runs on " + database.key()
                                + " but no benchmark measures it there");
                    }
                }
            }
        }
        return problems;
    }

    private static boolean hasApproachOf(Class<?> benchmark, Class<?> type) {
        return Stream.of(benchmark.getFields())
                .anyMatch(
                        f -> f.getName().equals(APPROACH) && f.getType() == type && f.isAnnotationPresent(Param.class));
    }

    private static Field param(Class<?> benchmark, String name) {
        try {
            var field = benchmark.getField(name);
            if (!field.isAnnotationPresent(Param.class)) {
                throw new IllegalArgumentException(benchmark.getSimpleName() + "." + name + " is not a @Param");
            }
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalArgumentException(benchmark.getSimpleName() + " has no public field " + name, e);
        }
    }

    private static List<String> values(Field field) {
        var listed = List.of(field.getAnnotation(Param.class).value());
        if (!listed.equals(List.of(Param.BLANK_ARGS))) {
            return listed;
        }
        if (!field.getType().isEnum()) {
            return List.of(); // JMH refuses to run it; the number check has nothing to look at
        }
        return Stream.of(field.getType().getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .toList();
    }

    private static Object constant(Class<?> type, String name) {
        return Stream.of(type.getEnumConstants())
                .filter(c -> ((Enum<?>) c).name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** Where a chapter's approach runs ({@link ChapterApproach#runsOn}); any other enum's constants run everywhere. */
    private static boolean runsOn(Object constant, DatabaseSettings.Kind database) {
        return !(constant instanceof ChapterApproach approach) || approach.runsOn(database);
    }

    private static boolean isNumber(String value) {
        try {
            return Double.parseDouble(value) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
