package dev.ajp.rawsql;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Jdbi's fluent API with a constructor mapper: each column goes to the record component of the same name
 * (case-insensitive, {@code snake_case} to {@code camelCase}), converted to the component's type. By name, unlike
 * Hibernate's record mapping: the order of the select list does not matter, and a component without a column of
 * its name is an error, not a silent swap (ResultClassTest).
 */
public final class JdbiConstructorMapper implements StudentsOlderThan {

    private final Jdbi jdbi;

    public JdbiConstructorMapper(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<StudentRow> olderThan(int age) {
        // tag::constructor-mapper[]
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select id, name, age, grade
                          from students
                         where age > :age
                         order by id""")
                .bind("age", age)
                .map(ConstructorMapper.of(StudentRow.class))
                .list());
        // end::constructor-mapper[]
    }
}
