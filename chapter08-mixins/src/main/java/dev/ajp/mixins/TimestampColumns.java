package dev.ajp.mixins;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Definition;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The mixin in Jdbi: a SqlObject interface that every DAO of a timestamped table extends. Interface inheritance is
 * Jdbi's mixin, both ways: the DAO's statements use the fragments defined here ({@code <timestamp_columns>},
 * {@code <timestamp_values>}, {@code <touch>}), and the statements here use the DAO's {@code <table>} and {@code
 * <name>}. The columns are said once, as the tutorial's mixin says them once.
 *
 * <p>Nothing is set behind the caller's back: the timestamps are columns of the SQL like any other, bound from the
 * caller's clock as {@code :now}, one reading per statement (both columns of a new row get the same one).
 */
// tag::mixin[]
@Definition(key = "timestamp_columns", value = "created_at, updated_at")
@Definition(key = "timestamp_values", value = ":now, :now")
@Definition(key = "touch", value = "updated_at = :now")
@RegisterConstructorMapper(Stamp.class)
public interface TimestampColumns {

    /** The row's name and timestamps as the database holds them. */
    @SqlQuery("select id, <name> as name, <timestamp_columns> from <table> where id = :id")
    Stamp stamp(long id);
}
// end::mixin[]
