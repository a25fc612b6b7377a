package dev.ajp.rawsql;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * {@code createNativeQuery(sql)} without a result class: one {@code Object[]} per row, its elements in the order of
 * the select list, each of the Java type the JDBC driver chose. The same JPA code on both providers, the portable
 * projection: it is read by position, so the SQL names its columns (with {@code select *} the positions would be the
 * table's column order, which is not the same everywhere: SelectStarTest).
 *
 * <p>Numbers are read as {@link Number}: the driver decides whether a column arrives as Integer, Long or BigDecimal.
 */
public final class JpaNativeObjectArrays implements StudentsOlderThan {

    private final EntityManagerFactory emf;

    public JpaNativeObjectArrays(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentRow> olderThan(int age) {
        try (var em = emf.createEntityManager()) {
            // tag::object-arrays[]
            @SuppressWarnings("unchecked") // several columns: one Object[] per row
            List<Object[]> rows = em.createNativeQuery("""
                            select id, name, age, grade
                              from students
                             where age > ?1
                             order by id""").setParameter(1, age).getResultList();
            return rows.stream()
                    .map(row -> new StudentRow(
                            ((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(), (String)
                                    row[3]))
                    .toList();
            // end::object-arrays[]
        }
    }
}
