package dev.ajp.rawsql;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import java.util.Set;
import java.util.function.Function;

/**
 * Every approach of the chapter under the name the README, the main, the tests and the benchmark use: the framework,
 * a slash, what it maps the rows to. Each one is a class of this package on the kit's {@link Frameworks} (started
 * for {@code Student} and {@code Course}).
 */
public enum Approach implements ChapterApproach {
    HIBERNATE_ENTITIES("Hibernate/entities", f -> new JpaNativeEntities(f.hibernate())),
    ECLIPSELINK_ENTITIES("EclipseLink/entities", f -> new JpaNativeEntities(f.eclipseLink())),
    HIBERNATE_OBJECT_ARRAYS("Hibernate/object-array", f -> new JpaNativeObjectArrays(f.hibernate())),
    ECLIPSELINK_OBJECT_ARRAYS("EclipseLink/object-array", f -> new JpaNativeObjectArrays(f.eclipseLink())),
    HIBERNATE_TUPLE("Hibernate/tuple", f -> new HibernateNativeTuple(f.hibernate())),
    HIBERNATE_RECORD("Hibernate/record", f -> new HibernateNativeRecord(f.hibernate())),
    HIBERNATE_ADD_SCALAR("Hibernate/add-scalar", f -> new HibernateAddScalar(f.hibernate())),
    ECLIPSELINK_RESULT_TYPE_MAP("EclipseLink/result-type-map", f -> new EclipseLinkResultTypeMap(f.eclipseLink())),
    JDBI_MAP_TO_MAP("Jdbi/map-to-map", f -> new JdbiMapToMap(f.jdbi())),
    JDBI_CONSTRUCTOR_MAPPER("Jdbi/constructor-mapper", f -> new JdbiConstructorMapper(f.jdbi())),
    JDBI_SQL_OBJECT("Jdbi/sql-object", f -> f.jdbi().onDemand(JdbiSqlObject.class)),
    JDBC_PREPARED_STATEMENT("JDBC/prepared-statement", f -> new JdbcPreparedStatement(f.dataSource()));

    private final String label;
    private final Function<Frameworks, StudentsOlderThan> create;

    Approach(String label, Function<Frameworks, StudentsOlderThan> create) {
        this.label = label;
        this.create = create;
    }

    /** The approach, ready to run, on these frameworks (starting the factory it needs if not yet started). */
    public StudentsOlderThan on(Frameworks frameworks) {
        return create.apply(frameworks);
    }

    @Override
    public Set<DatabaseSettings.Kind> databases() {
        return EVERY_DATABASE; // every approach of this chapter runs on every database
    }

    /** The name used everywhere: README, main, tests, benchmark report. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
