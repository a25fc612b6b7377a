package dev.ajp.querying;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Every approach of the chapter under the name that the README, the main, the tests and the benchmarks use: the
 * framework, a slash, how it asks.
 *
 * <p>The first eight are the forms of writing the chapter's queries ({@link StudentQueries}), each JPA form once per
 * provider and the two Jdbi forms: they answer every query, each in one SELECT returning records. The last four answer
 * only the tutorial's join, with whole entities instead of a DTO projection ({@link PairsFromEntities}), lazily (1 + N
 * SELECTs) or with {@code join fetch} (1 SELECT of every column): {@link #answersEveryQuery()} tells the two kinds
 * apart, and {@link #join} runs the join in either.
 *
 * <p>How a page is read (by OFFSET or by keyset) is not an approach of its own but something every form does in two
 * ways: {@link Paging} lists them, and the pagination benchmark crosses them with the forms it measures.
 *
 * <p>Every approach here runs on H2 and on PostgreSQL ({@link #databases}); the main, the tests and the benchmark
 * parameter test ask it all the same, as in every chapter ({@link ChapterApproach}).
 */
public enum Approach implements ChapterApproach {
    // The forms of writing the queries: DTO projections, one SELECT per query
    HIBERNATE_JPQL("Hibernate/jpql", f -> new JpqlQueries(f.hibernate())),
    ECLIPSELINK_JPQL("EclipseLink/jpql", f -> new JpqlQueries(f.eclipseLink())),
    HIBERNATE_CRITERIA("Hibernate/criteria", f -> new CriteriaQueries(f.hibernate())),
    ECLIPSELINK_CRITERIA("EclipseLink/criteria", f -> new CriteriaQueries(f.eclipseLink())),
    HIBERNATE_NATIVE("Hibernate/native-sql", f -> new NativeSqlQueries(f.hibernate())),
    ECLIPSELINK_NATIVE("EclipseLink/native-sql", f -> new NativeSqlQueries(f.eclipseLink())),
    JDBI_FLUENT("Jdbi/fluent", f -> new JdbiFluentQueries(f.jdbi())),
    // The kit's Jdbi has the SqlObject plugin installed (it installs the plugins found on the class path).
    JDBI_SQL_OBJECT("Jdbi/sql-object", f -> f.jdbi().onDemand(JdbiSqlObjectQueries.class)),

    // The join with whole entities
    HIBERNATE_JOIN_FETCH("Hibernate/entities-join-fetch", JpaProvider.HIBERNATE, PairsFromEntities::byJoinFetch),
    ECLIPSELINK_JOIN_FETCH("EclipseLink/entities-join-fetch", JpaProvider.ECLIPSELINK, PairsFromEntities::byJoinFetch),
    HIBERNATE_LAZY("Hibernate/entities-lazy", JpaProvider.HIBERNATE, PairsFromEntities::byLazyNavigation),
    ECLIPSELINK_LAZY("EclipseLink/entities-lazy", JpaProvider.ECLIPSELINK, PairsFromEntities::byLazyNavigation);

    private final String label;
    private final Function<Frameworks, StudentQueries> queries;
    private final JpaProvider entityProvider;
    private final Function<PairsFromEntities, List<StudentCoursePair>> entityJoin;

    /** A form of writing every query. */
    Approach(String label, Function<Frameworks, StudentQueries> queries) {
        this.label = label;
        this.queries = queries;
        this.entityProvider = null;
        this.entityJoin = null;
    }

    /** The join answered with entities of this provider. */
    Approach(String label, JpaProvider provider, Function<PairsFromEntities, List<StudentCoursePair>> join) {
        this.label = label;
        this.queries = null;
        this.entityProvider = provider;
        this.entityJoin = join;
    }

    /** The name used everywhere: README, main, tests, benchmarks. */
    @Override
    public String label() {
        return label;
    }

    /** Every approach of this chapter runs on both databases. */
    @Override
    public Set<DatabaseSettings.Kind> databases() {
        return EVERY_DATABASE;
    }

    /**
     * Whether it writes every query of {@link StudentQueries} (the eight forms), or answers only the join with whole
     * entities (the other four).
     */
    public boolean answersEveryQuery() {
        return queries != null;
    }

    /** The eight forms of writing the queries, in the order of the enum: the ones that {@link #answersEveryQuery()}. */
    public static List<Approach> queryForms() {
        return Stream.of(values()).filter(Approach::answersEveryQuery).toList();
    }

    /** The four ways to answer the join with whole entities, in the order of the enum. */
    public static List<Approach> entityLoadings() {
        return Stream.of(values()).filter(a -> !a.answersEveryQuery()).toList();
    }

    /**
     * This form's queries on these frameworks.
     *
     * @throws UnsupportedOperationException for an approach that answers only the join ({@link #answersEveryQuery()})
     */
    public StudentQueries on(Frameworks frameworks) {
        if (queries == null) {
            throw new UnsupportedOperationException(
                    label + " answers only the join, with whole entities; the queries are written by " + queryForms());
        }
        return queries.apply(frameworks);
    }

    /**
     * The tutorial's join, ready to run on these frameworks: what has to be made once (a SqlObject's implementation,
     * an EntityManagerFactory's query helper) is made here, so that each {@code get()} is one answer, as a request
     * would ask for it. The forms answer it with their {@link StudentQueries#studentCoursePairs()}.
     */
    public Supplier<List<StudentCoursePair>> join(Frameworks frameworks) {
        if (queries != null) {
            return queries.apply(frameworks)::studentCoursePairs;
        }
        var entities = new PairsFromEntities(frameworks.jpa(entityProvider));
        return () -> entityJoin.apply(entities);
    }

    @Override
    public String toString() {
        return label;
    }
}
