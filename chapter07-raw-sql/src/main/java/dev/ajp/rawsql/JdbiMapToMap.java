package dev.ajp.rawsql;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Jdbi's fluent API with {@code mapToMap()}: each row a {@code Map<String, Object>} in the order of the select list,
 * its keys the column labels <b>lower-cased</b> by Jdbi, so {@code get("name")} works on H2 (which reports
 * {@code NAME}) and PostgreSQL alike. The values are what the driver returns, hence {@link Number} for the numbers.
 */
public final class JdbiMapToMap implements StudentsOlderThan {

    private final Jdbi jdbi;

    public JdbiMapToMap(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<StudentRow> olderThan(int age) {
        // tag::map-to-map[]
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, name, age, grade
                          from students
                         where age > :age
                         order by id""")
                .bind("age", age)
                .mapToMap()
                .map(row -> new StudentRow(
                        ((Number) row.get("id")).longValue(),
                        (String) row.get("name"),
                        ((Number) row.get("age")).intValue(),
                        (String) row.get("grade")))
                .list());
        // end::map-to-map[]
    }
}
