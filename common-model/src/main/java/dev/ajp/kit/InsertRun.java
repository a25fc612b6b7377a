package dev.ajp.kit;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * An insert measured again and again, for a benchmark whose every invocation must start from empty tables: a fresh
 * database opened from a chapter's {@link Database.Setup} (the benchmark asks for it {@code unrecorded()}), the approach
 * built on it once, and a way to empty the tables between two invocations.
 *
 * <p>A benchmark calls {@link #emptyTables()} in its {@code @Setup(Level.Invocation)} and returns what {@link #insert()}
 * returns. Emptying keeps the sequences going (ids keep growing), as they would in production. On PostgreSQL the tables
 * are emptied with one {@code TRUNCATE ... CASCADE}: fresh, empty files, where a {@code DELETE} would leave dead rows for
 * autovacuum to clean up in the middle of a measurement, and no insert trigger fires. H2 refuses to {@code TRUNCATE} a
 * table that a foreign key references; there each table gets a {@code DELETE}, cheap in memory, in the order given.
 *
 * @param <R> what one insert returns (a count, the inserted rows)
 */
public final class InsertRun<R> implements AutoCloseable {

    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final String name;
    private final Database db;
    private final Supplier<R> insert;
    private final ToIntFunction<R> inserted;
    private final int expected;
    private final List<String> emptyTables;

    private InsertRun(
            String name,
            Database db,
            Supplier<R> insert,
            ToIntFunction<R> inserted,
            int expected,
            List<String> emptyTables) {
        this.name = name;
        this.db = db;
        this.insert = insert;
        this.inserted = inserted;
        this.expected = expected;
        this.emptyTables = emptyTables;
    }

    /**
     * Opens the database and builds the insert on it; when building fails the database is closed again.
     *
     * @param name what is measured, for the error message when an insert falls short (an approach)
     * @param setup the chapter's database
     * @param tables the tables the insert fills, those that reference another first (the order H2 deletes in)
     * @param prepare builds the approach on the open database, in its best configuration, and returns one insert of the
     *     rows (built once, outside the measurement)
     * @param inserted how many rows one result says were inserted
     * @param expected how many rows one insert must insert
     */
    public static <R> InsertRun<R> open(
            Object name,
            Database.Setup setup,
            List<String> tables,
            Function<Database, Supplier<R>> prepare,
            ToIntFunction<R> inserted,
            int expected) {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(prepare, "prepare");
        Objects.requireNonNull(inserted, "inserted");
        if (tables == null || tables.isEmpty()) {
            throw new IllegalArgumentException("an insert run needs the tables to empty between inserts");
        }
        for (var table : tables) {
            if (table == null || !TABLE.matcher(table).matches()) {
                throw new IllegalArgumentException("not a table name: " + table);
            }
        }
        if (expected < 0) {
            throw new IllegalArgumentException("expected rows must not be negative: " + expected);
        }
        var db = setup.open();
        try {
            var emptyTables = db.settings().kind() == DatabaseSettings.Kind.POSTGRES
                    ? List.of("truncate table " + String.join(", ", tables) + " cascade")
                    : tables.stream().map(table -> "delete from " + table).toList();
            var insert = Objects.requireNonNull(prepare.apply(db), "prepare returned no insert");
            return new InsertRun<>(String.valueOf(name), db, insert, inserted, expected, emptyTables);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Removes the rows of the previous invocation; the sequences are not reset. */
    public void emptyTables() {
        db.frameworks().jdbi().useHandle(handle -> emptyTables.forEach(handle::execute));
    }

    /**
     * Runs the insert once and returns its result.
     *
     * @throws IllegalStateException when the result counts another number of rows than expected
     */
    public R insert() {
        var result = insert.get();
        var count = inserted.applyAsInt(result);
        if (count != expected) {
            throw new IllegalStateException(name + " inserted " + count + " of " + expected + " rows");
        }
        return result;
    }

    @Override
    public void close() {
        db.close();
    }
}
