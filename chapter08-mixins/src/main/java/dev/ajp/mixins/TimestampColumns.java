package dev.ajp.mixins;

import java.time.Instant;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The mixin in Jdbi: a SqlObject interface that every DAO of a timestamped table extends. Interface inheritance is
 * Jdbi's mixin: the statements here work on any table with {@code id}, {@code created_at} and {@code updated_at}, and
 * each DAO says which table with {@code @Definition(key = "table", ...)} (and which column names it).
 *
 * <p>Nothing is set behind the caller's back: the timestamps are columns of the SQL like any other, bound from the
 * caller's clock ({@code :now}), one reading per statement.
 */
// tag::mixin[]
@RegisterConstructorMapper(Stamp.class)
public interface TimestampColumns {

    /** The row's name and timestamps as the database holds them. */
    @SqlQuery("select id, <name> as name, created_at, updated_at from <table> where id = :id")
    Stamp stamp(long id);

    /** Moves {@code updated_at} of one row, for a change made by a statement that did not. */
    @SqlUpdate("update <table> set updated_at = :now where id = :id")
    int touch(long id, Instant now);
}
// end::mixin[]
