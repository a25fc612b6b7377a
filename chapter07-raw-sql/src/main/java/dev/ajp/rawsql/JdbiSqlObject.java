package dev.ajp.rawsql;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Jdbi SqlObject: this interface is the whole implementation; {@code jdbi.onDemand(JdbiSqlObject.class)} (with the
 * SqlObject plugin, which the kit installs) generates the class, borrowing a handle per call.
 *
 * <p>{@code :age} is bound to the method parameter named {@code age}. Jdbi can only know that name if the class was
 * compiled with {@code javac -parameters}, as this build does; without the flag the parameter is {@code arg0} and the
 * call fails with {@code Missing named parameter 'age'}, unless it is written {@code @Bind("age") int age}
 * (SqlObjectParameterNamesTest compiles this kind of interface both ways).
 */
public interface JdbiSqlObject extends StudentsOlderThan {

    // tag::sql-object[]
    @Override
    @SqlQuery("""
            select id, name, age, grade
              from students
             where age > :age
             order by id""")
    @RegisterConstructorMapper(StudentRow.class)
    List<StudentRow> olderThan(int age);
    // end::sql-object[]
}
