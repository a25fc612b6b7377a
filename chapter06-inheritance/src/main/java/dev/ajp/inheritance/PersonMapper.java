package dev.ajp.inheritance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeSet;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Polymorphic mapping by hand, since Jdbi has none: the row's {@code type} column chooses the mapper of the class,
 * which reads the columns of that class. Every Jdbi approach selects the same columns ({@code id, type, name,
 * subject, grade}), whether {@code type} is a stored discriminator (single table), a CASE over which table has the
 * row (joined) or a constant per branch of a UNION ALL (table per class).
 *
 * <p>A value no class maps (a row written by another program) is an error that names the value and the row, not a
 * plain person: guessing would hide the bad row.
 */
// tag::mapper[]
public final class PersonMapper implements RowMapper<Person> {

    public static final RowMapper<PlainPerson> PLAIN_PERSON =
            (rs, ctx) -> new PlainPerson(rs.getLong("id"), rs.getString("name"));
    public static final RowMapper<Teacher> TEACHER =
            (rs, ctx) -> new Teacher(rs.getLong("id"), rs.getString("name"), rs.getString("subject"));
    public static final RowMapper<GradedStudent> STUDENT =
            (rs, ctx) -> new GradedStudent(rs.getLong("id"), rs.getString("name"), rs.getString("grade"));

    private static final Map<String, RowMapper<? extends Person>> BY_TYPE =
            Map.of("person", PLAIN_PERSON, "teacher", TEACHER, "student", STUDENT);

    @Override
    public Person map(ResultSet rs, StatementContext ctx) throws SQLException {
        var type = rs.getString("type");
        var mapper = BY_TYPE.get(type);
        if (mapper == null) {
            throw new IllegalStateException("The person with id " + rs.getLong("id") + " has the type '" + type
                    + "', which is none of " + new TreeSet<>(BY_TYPE.keySet()) + ": it was not written by this model");
        }
        return mapper.map(rs, ctx);
    }
}
// end::mapper[]
