package dev.ajp.querying;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Every way this chapter writes the queries, by the name the README, the main and the benchmark use: each JPA form
 * once per provider, and the two Jdbi forms.
 */
public enum QueryForm {
    HIBERNATE_JPQL("Hibernate JPQL", f -> new JpqlQueries(f.hibernate())),
    ECLIPSELINK_JPQL("EclipseLink JPQL", f -> new JpqlQueries(f.eclipseLink())),
    HIBERNATE_CRITERIA("Hibernate Criteria", f -> new CriteriaQueries(f.hibernate())),
    ECLIPSELINK_CRITERIA("EclipseLink Criteria", f -> new CriteriaQueries(f.eclipseLink())),
    HIBERNATE_NATIVE("Hibernate native SQL", f -> new NativeSqlQueries(f.hibernate())),
    ECLIPSELINK_NATIVE("EclipseLink native SQL", f -> new NativeSqlQueries(f.eclipseLink())),
    JDBI_FLUENT("Jdbi fluent", f -> new JdbiFluentQueries(f.jdbi())),
    JDBI_SQL_OBJECT("Jdbi SqlObject", f -> f.jdbi().onDemand(JdbiSqlObjectQueries.class));

    private final String displayName;
    private final Function<Frameworks, StudentQueries> factory;

    QueryForm(String displayName, Function<Frameworks, StudentQueries> factory) {
        this.displayName = displayName;
        this.factory = factory;
    }

    /** This form's queries on these frameworks. */
    public StudentQueries on(Frameworks frameworks) {
        return factory.apply(frameworks);
    }

    /** The form with this display name. */
    public static QueryForm named(String displayName) {
        return Arrays.stream(values())
                .filter(f -> f.displayName.equals(displayName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No query form named '" + displayName + "'"));
    }

    @Override
    public String toString() {
        return displayName;
    }
}
