package dev.ajp.rawsql;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.Session;

/**
 * Hibernate's own native query API ({@code Session.createNativeQuery}): {@code addScalar} names each column of the
 * result and the Java type Hibernate converts it to, whatever the driver returns; {@code setTupleTransformer} turns
 * each row into the record. Only the declared columns are read, by name, so the order of the select list does not
 * matter here; and the query is typed ({@code NativeQuery<StudentRow>}), no unchecked cast.
 */
public final class HibernateAddScalar implements StudentsOlderThan {

    private final EntityManagerFactory emf;

    public HibernateAddScalar(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentRow> olderThan(int age) {
        try (var em = emf.createEntityManager()) {
            // tag::add-scalar[]
            return em.unwrap(Session.class)
                    .createNativeQuery("""
                            select id, name, age, grade
                              from students
                             where age > :age
                             order by id""", Object[].class)
                    .addScalar("id", Long.class)
                    .addScalar("name", String.class)
                    .addScalar("age", Integer.class)
                    .addScalar("grade", String.class)
                    .setTupleTransformer((row, aliases) ->
                            new StudentRow((Long) row[0], (String) row[1], (Integer) row[2], (String) row[3]))
                    .setParameter("age", age)
                    .getResultList();
            // end::add-scalar[]
        }
    }
}
