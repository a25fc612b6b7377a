package dev.ajp.rawsql;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain JDBC, the reference every framework here is built on: a {@code PreparedStatement} with a {@code ?} per
 * parameter, set by position and type, and a {@code ResultSet} read column by column with the getter of the type
 * wanted. Nothing is hidden, and nothing is done for you: the connection, statement and result set are closed by
 * try-with-resources, and {@link SQLException} is checked.
 */
public final class JdbcPreparedStatement implements StudentsOlderThan {

    private final DataSource dataSource;

    public JdbcPreparedStatement(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<StudentRow> olderThan(int age) {
        // tag::jdbc[]
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                        select id, name, age, grade
                          from students
                         where age > ?
                         order by id""")) {
            statement.setInt(1, age);
            try (var rows = statement.executeQuery()) {
                var students = new ArrayList<StudentRow>();
                while (rows.next()) {
                    students.add(new StudentRow(
                            rows.getLong("id"), rows.getString("name"), rows.getInt("age"), rows.getString("grade")));
                }
                return students;
            }
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
        // end::jdbc[]
    }
}
