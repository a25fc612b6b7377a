package dev.ajp.rawsql;

import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.hibernate.jpa.HibernateHints;

/**
 * {@code createNativeQuery(sql, Student.class)}: the rows become {@link Student} entities, the same JPA code on both
 * providers. The SQL must return every mapped column of the entity, under the column names of the mapping.
 *
 * <p>JPA promises positional parameters ({@code ?1}) in native queries, and nothing else: Hibernate also reads
 * {@code :age}, EclipseLink does not (ParameterSyntaxTest). The entities are read only, which each provider asks for
 * with its own hint (each ignores the other's): Hibernate keeps them in the persistence context but takes no
 * snapshot for dirty checking, EclipseLink does not register them in it at all. Without the hints, every row would be
 * a managed entity, compared field by field at the next flush (OrmAroundRawSqlTest counts it).
 */
public final class JpaNativeEntities implements StudentsOlderThan {

    private final EntityManagerFactory emf;

    public JpaNativeEntities(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentRow> olderThan(int age) {
        try (var em = emf.createEntityManager()) {
            // tag::entities[]
            @SuppressWarnings("unchecked") // a native query is untyped in JPA, even with a result class
            List<Student> students = em.createNativeQuery("""
                            select id, name, age, grade
                              from students
                             where age > ?1
                             order by id""", Student.class)
                    .setParameter(1, age)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                    .getResultList();
            // end::entities[]
            return students.stream()
                    .map(s -> new StudentRow(s.getId(), s.getName(), s.getAge(), s.getGrade()))
                    .toList();
        }
    }
}
