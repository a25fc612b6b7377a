package dev.ajp.eagerloading;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * Every approach of the chapter under the name that the README, the main, the tests and the benchmark use: the
 * framework, a slash, what it does. Each one is a class of this package on a factory (or the Jdbi) of the kit's
 * {@link Frameworks}; the approaches that need factory settings of their own ask for them there, and the kit starts
 * one factory per settings.
 *
 * <p>In the order of the lesson: the N+1 problem, then the single join, then the batched loads in between, then what
 * a screen that only reads should use: entities loaded read-only, and no entities at all (a DTO projection).
 */
public enum Approach implements ChapterApproach {
    HIBERNATE_LAZY("Hibernate/lazy", f -> new JpaLazyLoading(f.hibernate())),
    ECLIPSELINK_LAZY("EclipseLink/lazy", f -> new JpaLazyLoading(f.eclipseLink())),
    JDBI_QUERY_PER_STUDENT("Jdbi/query-per-student", f -> new JdbiQueryPerStudent(f.jdbi())),

    HIBERNATE_LEFT_JOIN_FETCH("Hibernate/left-join-fetch", f -> new JpaLeftJoinFetch(f.hibernate())),
    ECLIPSELINK_LEFT_JOIN_FETCH("EclipseLink/left-join-fetch", f -> new JpaLeftJoinFetch(f.eclipseLink())),
    HIBERNATE_ENTITY_GRAPH("Hibernate/entity-graph", f -> new JpaEntityGraph(f.hibernate())),
    ECLIPSELINK_ENTITY_GRAPH("EclipseLink/entity-graph", f -> new JpaEntityGraph(f.eclipseLink())),
    ECLIPSELINK_LEFT_JOIN_FETCH_HINT(
            "EclipseLink/left-join-fetch-hint", f -> new EclipseLinkLeftJoinFetchHint(f.eclipseLink())),
    JDBI_REDUCE_ROWS("Jdbi/reduce-rows", f -> new JdbiReduceRows(f.jdbi())),
    JDBI_USE_ROW_REDUCER("Jdbi/use-row-reducer", f -> new JdbiSqlObjectRowReducer(f.jdbi())),

    HIBERNATE_BATCH_FETCH(
            "Hibernate/batch-fetch",
            f -> new HibernateBatchFetch(f.hibernate(HibernateBatchFetch.settings(HibernateBatchFetch.BATCH_SIZE)))),
    HIBERNATE_SUBSELECT_FETCH(
            "Hibernate/subselect-fetch",
            f -> new HibernateSubselectFetch(f.hibernate(HibernateSubselectFetch.settings()))),
    ECLIPSELINK_BATCH_JOIN(
            "EclipseLink/batch-join",
            f -> new EclipseLinkBatchFetch(f.eclipseLink(), BatchFetchType.JOIN, EclipseLinkBatchFetch.BATCH_SIZE)),
    ECLIPSELINK_BATCH_EXISTS(
            "EclipseLink/batch-exists",
            f -> new EclipseLinkBatchFetch(f.eclipseLink(), BatchFetchType.EXISTS, EclipseLinkBatchFetch.BATCH_SIZE)),
    ECLIPSELINK_BATCH_IN(
            "EclipseLink/batch-in",
            f -> new EclipseLinkBatchFetch(f.eclipseLink(), BatchFetchType.IN, EclipseLinkBatchFetch.BATCH_SIZE)),

    HIBERNATE_LEFT_JOIN_FETCH_READ_ONLY(
            "Hibernate/left-join-fetch-read-only",
            f -> new JpaReadOnlyLeftJoinFetch(f.hibernate(), JpaProvider.HIBERNATE)),
    ECLIPSELINK_LEFT_JOIN_FETCH_READ_ONLY(
            "EclipseLink/left-join-fetch-read-only",
            f -> new JpaReadOnlyLeftJoinFetch(f.eclipseLink(), JpaProvider.ECLIPSELINK)),
    HIBERNATE_DTO_PROJECTION("Hibernate/dto-projection", f -> new JpaDtoProjection(f.hibernate())),
    ECLIPSELINK_DTO_PROJECTION("EclipseLink/dto-projection", f -> new JpaDtoProjection(f.eclipseLink()));

    private final String label;
    private final Function<Frameworks, StudentsWithCourses> create;

    Approach(String label, Function<Frameworks, StudentsWithCourses> create) {
        this.label = label;
        this.create = create;
    }

    /** The approach, ready to run, on these frameworks (starting the factory it needs if not yet started). */
    public StudentsWithCourses on(Frameworks frameworks) {
        return create.apply(frameworks);
    }

    @Override
    public Set<DatabaseSettings.Kind> databases() {
        return EVERY_DATABASE; // every approach of this chapter runs on every database
    }

    /** The name used everywhere: README, main, tests, benchmark. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
