package dev.ajp.rawsql;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * {@link StudentSearch} with Hibernate's native queries: named parameters ({@code :name}), and a collection bound to
 * {@code in (:names)}, which Hibernate expands into one {@code ?} per element.
 */
public final class HibernateSearch implements StudentSearch {

    private final EntityManagerFactory emf;

    public HibernateSearch(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<String> olderThanConcatenated(String age) {
        // tag::concatenated[]
        return names("select name from students where age > " + age + " order by id");
        // end::concatenated[]
    }

    @Override
    public List<String> olderThanBound(String age) {
        try (var em = emf.createEntityManager()) {
            return strings(em.createNativeQuery("select name from students where age > :age order by id")
                    .setParameter("age", age)
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
            // tag::bound[]
            return strings(em.createNativeQuery("select name from students where name = :name order by id")
                    .setParameter("name", name)
                    .getResultList());
            // end::bound[]
        }
    }

    @Override
    public List<String> nameContains(String text) {
        try (var em = emf.createEntityManager()) {
            return strings(em.createNativeQuery(
                            "select name from students where name like :pattern escape '\\'" + " order by id")
                    .setParameter("pattern", LikePattern.containing(text))
                    .getResultList());
        }
    }

    @Override
    public List<String> namedAnyOf(List<String> names) {
        try (var em = emf.createEntityManager()) {
            // tag::in-list[]
            return strings(em.createNativeQuery("select name from students where name in (:names) order by id")
                    .setParameter("names", names)
                    .getResultList());
            // end::in-list[]
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
