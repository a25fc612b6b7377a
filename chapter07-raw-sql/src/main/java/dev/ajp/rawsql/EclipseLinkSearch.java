package dev.ajp.rawsql;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * {@link StudentSearch} with EclipseLink's native queries: positional parameters ({@code ?1}). EclipseLink does not
 * expand a collection bound to {@code in (?1)} (it hands the {@code List} to the driver, which refuses it:
 * InjectionTest), so the list travels as one array parameter, {@code name = any(?1)}, which H2 2.x and PostgreSQL
 * both accept.
 */
public final class EclipseLinkSearch implements StudentSearch {

    private final EntityManagerFactory emf;

    public EclipseLinkSearch(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<String> olderThanConcatenated(String age) {
        return names("select name from students where age > " + age + " order by id");
    }

    @Override
    public List<String> olderThanBound(String age) {
        try (var em = emf.createEntityManager()) {
            return strings(em.createNativeQuery("select name from students where age > ?1 order by id")
                    .setParameter(1, age)
                    .getResultList());
        }
    }

    @Override
    public List<String> namedConcatenated(String name) {
        return names("select name from students where name = '" + name + "' order by id");
    }

    @Override
    public List<String> namedBound(String name) {
        try (var em = emf.createEntityManager()) {
            return strings(em.createNativeQuery("select name from students where name = ?1 order by id")
                    .setParameter(1, name)
                    .getResultList());
        }
    }

    @Override
    public List<String> nameContains(String text) {
        try (var em = emf.createEntityManager()) {
            return strings(em.createNativeQuery("select name from students where name like ?1 escape '\\' order by id")
                    .setParameter(1, LikePattern.containing(text))
                    .getResultList());
        }
    }

    @Override
    public List<String> namedAnyOf(List<String> names) {
        try (var em = emf.createEntityManager()) {
            // tag::any-array[]
            return strings(em.createNativeQuery("select name from students where name = any(?1) order by id")
                    .setParameter(1, names.toArray(String[]::new))
                    .getResultList());
            // end::any-array[]
        }
    }

    @Override
    public List<String> namesSortedBy(String column, String direction) {
        var order = SortOrder.of(column, direction); // refuses what is not on the list, before any SQL
        return names("select name from students order by " + order.sql());
    }

    private List<String> names(String sql) {
        try (var em = emf.createEntityManager()) {
            return strings(em.createNativeQuery(sql).getResultList());
        }
    }

    /** A native query of one column returns that column's values, untyped. */
    @SuppressWarnings("unchecked")
    private static List<String> strings(List<?> values) {
        return (List<String>) values;
    }
}
