package dev.ajp.rawsql;

import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link StudentSearch} with Jdbi's fluent API: {@code bind} for values, {@code bindList} for an IN list (Jdbi
 * writes one named parameter per element into {@code <names>}).
 *
 * <p>And Jdbi's own trap, {@link #olderThanDefined}: {@code define} fills a {@code <placeholder>} of the SQL template
 * with text before the statement is prepared. It exists for what cannot be bound (a table or column name, a sort
 * direction), and it is concatenation with another syntax: user input in it is injected like any other.
 */
public final class JdbiSearch implements StudentSearch {

    private final Jdbi jdbi;

    public JdbiSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<String> olderThanConcatenated(String age) {
        return names("select name from students where age > " + age + " order by id");
    }

    /** DON'T: {@code define} is templating, not binding; the age is pasted into the SQL like a concatenation. */
    public List<String> olderThanDefined(String age) {
        // tag::define[]
        return jdbi.withHandle(handle -> handle.createQuery("select name from students where age > <age> order by id")
                .define("age", age)
                .mapTo(String.class)
                .list());
        // end::define[]
    }

    @Override
    public List<String> olderThanBound(String age) {
        return jdbi.withHandle(handle -> handle.createQuery("select name from students where age > :age order by id")
                .bind("age", age)
                .mapTo(String.class)
                .list());
    }

    @Override
    public List<String> namedConcatenated(String name) {
        return names("select name from students where name = '" + name + "' order by id");
    }

    @Override
    public List<String> namedBound(String name) {
        return jdbi.withHandle(handle -> handle.createQuery("select name from students where name = :name order by id")
                .bind("name", name)
                .mapTo(String.class)
                .list());
    }

    @Override
    public List<String> nameContains(String text) {
        // tag::like[]
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select name from students where name like :pattern escape '\\' order by id")
                .bind("pattern", LikePattern.containing(text))
                .mapTo(String.class)
                .list());
        // end::like[]
    }

    @Override
    public List<String> namedAnyOf(List<String> names) {
        // tag::bind-list[]
        return jdbi.withHandle(
                handle -> handle.createQuery("select name from students where name in (<names>) order by id")
                        .bindList("names", names)
                        .mapTo(String.class)
                        .list());
        // end::bind-list[]
    }

    /** What {@code define} is for: text that cannot be bound, here only text from {@link SortOrder}'s allow-list. */
    @Override
    public List<String> namesSortedBy(String column, String direction) {
        // tag::sorted-by[]
        var order = SortOrder.of(column, direction); // refuses what is not on the list, before any SQL
        return jdbi.withHandle(handle -> handle.createQuery("select name from students order by <order>")
                .define("order", order.sql())
                .mapTo(String.class)
                .list());
        // end::sorted-by[]
    }

    private List<String> names(String sql) {
        return jdbi.withHandle(
                handle -> handle.createQuery(sql).mapTo(String.class).list());
    }
}
