package dev.ajp.rawsql;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Tuple;
import java.util.List;

/**
 * Hibernate: {@code createNativeQuery(sql, Tuple.class)}, each row a {@link Tuple} read by column name and type, and
 * the named parameter {@code :age}, which Hibernate accepts in native SQL.
 *
 * <p>{@code tuple.get("name", String.class)} finds the column whatever case the database reports its label in (upper
 * case on H2, lower case on PostgreSQL). EclipseLink refuses {@code Tuple.class} for a native query
 * ({@code EclipseLink-6007 Missing descriptor}: ResultClassTest).
 */
public final class HibernateNativeTuple implements StudentsOlderThan {

    private final EntityManagerFactory emf;

    public HibernateNativeTuple(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentRow> olderThan(int age) {
        try (var em = emf.createEntityManager()) {
            // tag::tuple[]
            @SuppressWarnings("unchecked")
            List<Tuple> rows = em.createNativeQuery("""
                            select id, name, age, grade
                              from students
                             where age > :age
                             order by id""", Tuple.class)
                    .setParameter("age", age)
                    .getResultList();
            return rows.stream()
                    .map(row -> new StudentRow(
                            row.get("id", Long.class),
                            row.get("name", String.class),
                            row.get("age", Integer.class),
                            row.get("grade", String.class)))
                    .toList();
            // end::tuple[]
        }
    }
}
