package dev.ajp.rawsql;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.config.ResultType;

/**
 * EclipseLink: the hint {@code eclipselink.result-type=Map} makes each row of a native query a {@code Map} from
 * column to value, EclipseLink's answer to the {@code Tuple} it refuses for native SQL.
 *
 * <p>What is not portable about it: the keys are the column labels as the driver reports them, upper case on H2 and
 * lower case on PostgreSQL, and they are EclipseLink {@code DatabaseField} objects, not Strings, so a copy into a
 * {@code HashMap} cannot be read by name at all. What works on both databases is EclipseLink's own lookup with the
 * name in <b>upper case</b>: by default EclipseLink compares column names in upper case, so {@code get("NAME")} finds
 * {@code name} on PostgreSQL, while {@code get("name")} finds nothing on H2 (ResultClassTest shows each case).
 */
public final class EclipseLinkResultTypeMap implements StudentsOlderThan {

    private final EntityManagerFactory emf;

    public EclipseLinkResultTypeMap(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentRow> olderThan(int age) {
        try (var em = emf.createEntityManager()) {
            // tag::result-type-map[]
            @SuppressWarnings("unchecked")
            List<Map<?, ?>> rows = em.createNativeQuery("""
                            select id, name, age, grade
                              from students
                             where age > ?1
                             order by id""")
                    .setParameter(1, age)
                    .setHint(QueryHints.RESULT_TYPE, ResultType.Map)
                    .getResultList();
            return rows.stream()
                    .map(row -> new StudentRow(
                            ((Number) row.get("ID")).longValue(),
                            (String) row.get("NAME"),
                            ((Number) row.get("AGE")).intValue(),
                            (String) row.get("GRADE")))
                    .toList();
            // end::result-type-map[]
        }
    }
}
