package dev.ajp.rawsql;

import dev.ajp.kit.Frameworks;
import java.util.function.Function;

/** The {@link StudentSearch} of each framework, for the main and InjectionTest. */
public enum Search {
    HIBERNATE("Hibernate", f -> new HibernateSearch(f.hibernate())),
    ECLIPSELINK("EclipseLink", f -> new EclipseLinkSearch(f.eclipseLink())),
    JDBI("Jdbi", f -> new JdbiSearch(f.jdbi())),
    JDBC("JDBC", f -> new JdbcSearch(f.dataSource()));

    private final String label;
    private final Function<Frameworks, StudentSearch> create;

    Search(String label, Function<Frameworks, StudentSearch> create) {
        this.label = label;
        this.create = create;
    }

    public StudentSearch on(Frameworks frameworks) {
        return create.apply(frameworks);
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
