package dev.ajp.rawsql;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * Hibernate: {@code createNativeQuery(sql, StudentRow.class)}, each row passed to the record's constructor. The
 * shortest way from SQL to a typed result in JPA, and a Hibernate one: EclipseLink fails with
 * {@code EclipseLink-6007 Missing descriptor} (ResultClassTest).
 *
 * <p>The columns go to the constructor <b>by position</b>, not by name: the select list must follow the order of the
 * record's components. Two columns of the same type swapped in the SQL are swapped in the record, silently
 * (ResultClassTest shows the name and grade trading places).
 */
public final class HibernateNativeRecord implements StudentsOlderThan {

    private final EntityManagerFactory emf;

    public HibernateNativeRecord(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentRow> olderThan(int age) {
        try (var em = emf.createEntityManager()) {
            // tag::record[]
            @SuppressWarnings("unchecked")
            List<StudentRow> rows = em.createNativeQuery("""
                            select id, name, age, grade
                              from students
                             where age > :age
                             order by id""", StudentRow.class)
                    .setParameter("age", age)
                    .getResultList();
            return rows;
            // end::record[]
        }
    }
}
