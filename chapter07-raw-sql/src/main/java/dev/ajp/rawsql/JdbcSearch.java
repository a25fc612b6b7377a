package dev.ajp.rawsql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link StudentSearch} with plain JDBC: {@code PreparedStatement} and {@code ?}. An IN list needs as many {@code ?}
 * as there are names, which tempts people back into building SQL; one array parameter avoids it:
 * {@code name = any(?)} with {@code connection.createArrayOf("varchar", ...)}, on PostgreSQL and on H2 2.x alike.
 */
public final class JdbcSearch implements StudentSearch {

    private final DataSource dataSource;

    public JdbcSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<String> olderThanConcatenated(String age) {
        return query("select name from students where age > " + age + " order by id", statement -> {});
    }

    @Override
    public List<String> olderThanBound(String age) {
        return query("select name from students where age > ? order by id", statement -> statement.setString(1, age));
    }

    @Override
    public List<String> namedConcatenated(String name) {
        return query("select name from students where name = '" + name + "' order by id", statement -> {});
    }

    @Override
    public List<String> namedBound(String name) {
        return query("select name from students where name = ? order by id", statement -> statement.setString(1, name));
    }

    @Override
    public List<String> nameContains(String text) {
        return query(
                "select name from students where name like ? escape '\\' order by id",
                statement -> statement.setString(1, LikePattern.containing(text)));
    }

    @Override
    public List<String> namedAnyOf(List<String> names) {
        // tag::jdbc-any[]
        return query(
                "select name from students where name = any(?) order by id",
                statement ->
                        statement.setArray(1, statement.getConnection().createArrayOf("varchar", names.toArray())));
        // end::jdbc-any[]
    }

    @Override
    public List<String> namesSortedBy(String column, String direction) {
        var order = SortOrder.of(column, direction); // refuses what is not on the list, before any SQL
        return query("select name from students order by " + order.sql(), statement -> {});
    }

    /** Sets a prepared statement's parameters. */
    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private List<String> query(String sql, Parameters parameters) {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            parameters.set(statement);
            try (var rows = statement.executeQuery()) {
                var names = new ArrayList<String>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                return names;
            }
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }
}
