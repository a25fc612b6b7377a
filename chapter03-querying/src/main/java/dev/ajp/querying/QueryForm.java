package dev.ajp.querying;

import dev.ajp.kit.Frameworks;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every way this chapter writes the queries, by the name the README, the main and the benchmark use: each JPA form
 * once per provider, and the two Jdbi forms.
 */
public enum QueryForm implements JoinApproach {
    HIBERNATE_JPQL("Hibernate JPQL", f -> new JpqlQueries(f.hibernate())),
    ECLIPSELINK_JPQL("EclipseLink JPQL", f -> new JpqlQueries(f.eclipseLink())),
    HIBERNATE_CRITERIA("Hibernate Criteria", f -> new CriteriaQueries(f.hibernate())),
    ECLIPSELINK_CRITERIA("EclipseLink Criteria", f -> new CriteriaQueries(f.eclipseLink())),
    HIBERNATE_NATIVE("Hibernate native SQL", f -> new NativeSqlQueries(f.hibernate())),
    ECLIPSELINK_NATIVE("EclipseLink native SQL", f -> new NativeSqlQueries(f.eclipseLink())),
    JDBI_FLUENT("Jdbi fluent", f -> new JdbiFluentQueries(f.jdbi())),
    // The kit's Jdbi has the SqlObject plugin installed (it installs the plugins found on the class path).
    JDBI_SQL_OBJECT("Jdbi SqlObject", f -> f.jdbi().onDemand(JdbiSqlObjectQueries.class));

    private final String label;
    private final Function<Frameworks, StudentQueries> factory;

    QueryForm(String label, Function<Frameworks, StudentQueries> factory) {
        this.label = label;
        this.factory = factory;
    }

    /** This form's queries on these frameworks. */
    public StudentQueries on(Frameworks frameworks) {
        return factory.apply(frameworks);
    }

    @Override
    public String label() {
        return label;
    }

    /** This form's {@link StudentQueries#studentCoursePairs()}. */
    @Override
    public Supplier<List<StudentCoursePair>> join(Frameworks frameworks) {
        return on(frameworks)::studentCoursePairs;
    }

    @Override
    public String toString() {
        return label;
    }
}
