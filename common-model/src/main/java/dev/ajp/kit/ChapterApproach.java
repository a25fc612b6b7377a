package dev.ajp.kit;

import dev.ajp.kit.DatabaseSettings.Kind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What every chapter's {@code Approach} enum is: a list of labelled approaches, each saying which databases it runs
 * on. The main, the tests and the benchmarks of a chapter all ask it the same way:
 *
 * <ul>
 *   <li>the main runs {@link #runningOn(Class, Kind)} and names {@link #notRunningOn(Class, Kind)} as skipped;
 *   <li>a test over every approach takes {@code runningOn} as its source (or, for one approach, assumes
 *       {@link #runsOn(Kind)} with {@link #notHere(Kind)} as the assumption's message);
 *   <li>a benchmark lists only approaches that run on every database its class runs on (a {@code Postgres...Benchmark}
 *       runs on PostgreSQL only), which the chapter's {@code BenchmarkParametersTest} checks with
 *       {@link BenchmarkParameters}; building an approach on a database it cannot run on fails with
 *       {@link #requireRunsOn(Kind)}'s message.
 * </ul>
 *
 * The label is {@code Framework/approach}: the framework as {@code JDBC}, {@code Hibernate}, {@code EclipseLink},
 * {@code Jdbi} or {@code PostgreSQL}, then the approach in lower-case words joined by hyphens
 * ({@code Hibernate/batched-persist}). The README, the main's output, the tests' display names and the benchmark
 * report all use it.
 */
public interface ChapterApproach {

    /** The label style: {@code Framework/approach}, the approach in lower-case words joined by hyphens. */
    Pattern LABEL = Pattern.compile("(JDBC|Hibernate|EclipseLink|Jdbi|PostgreSQL)/[a-z0-9]+(-[a-z0-9]+)*");

    /** Every database the project runs on. */
    Set<Kind> EVERY_DATABASE = Collections.unmodifiableSet(EnumSet.allOf(Kind.class));

    /** PostgreSQL only (a driver property, a server feature, a statement H2 does not have). */
    Set<Kind> POSTGRES_ONLY = Collections.unmodifiableSet(EnumSet.of(Kind.POSTGRES));

    /** The enum constant's name, as JMH records it in a benchmark's parameters. */
    String name();

    /** {@code Framework/approach}, the name used everywhere. */
    String label();

    /** The databases it runs on. */
    Set<Kind> databases();

    /** Whether it runs on this database. */
    default boolean runsOn(Kind database) {
        return databases().contains(database);
    }

    /** Why it is skipped on this database, in one sentence: {@code "PostgreSQL/copy runs on PostgreSQL only, not on H2"}. */
    default String notHere(Kind database) {
        return label() + " runs on " + names(databases()) + " only, not on " + name(database);
    }

    /**
     * Refuses a database it cannot run on: what a chapter's {@code Approach} calls before it builds the approach.
     *
     * @throws IllegalArgumentException naming the approach, the databases it runs on, and how to run it there
     */
    default void requireRunsOn(Kind database) {
        if (!runsOn(database)) {
            throw new IllegalArgumentException(notHere(database) + ". Run it with DB="
                    + databases().iterator().next().key() + ".");
        }
    }

    /** The approaches of this enum that run on this database, in the order of the enum. */
    static <A extends Enum<A> & ChapterApproach> List<A> runningOn(Class<A> approaches, Kind database) {
        return Stream.of(approaches.getEnumConstants())
                .filter(a -> a.runsOn(database))
                .toList();
    }

    /** The approaches of this enum that do not run on this database, in the order of the enum: the main names them. */
    static <A extends Enum<A> & ChapterApproach> List<A> notRunningOn(Class<A> approaches, Kind database) {
        return Stream.of(approaches.getEnumConstants())
                .filter(a -> !a.runsOn(database))
                .toList();
    }

    /** The database's product name: {@code H2}, {@code PostgreSQL}. */
    static String name(Kind database) {
        return switch (database) {
            case H2 -> "H2";
            case POSTGRES -> "PostgreSQL";
        };
    }

    private static String names(Set<Kind> databases) {
        return databases.stream().map(ChapterApproach::name).collect(Collectors.joining(" and "));
    }
}
