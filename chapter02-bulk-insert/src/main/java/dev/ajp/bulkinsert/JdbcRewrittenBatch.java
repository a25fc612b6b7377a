package dev.ajp.bulkinsert;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;

/**
 * PostgreSQL only: {@link JdbcBatch}, the very same code, on connections opened with the driver property
 * {@code reWriteBatchedInserts=true}. The PostgreSQL driver then rewrites each batch of single-row INSERTs into
 * multi-row ones ({@code insert ... values (...), (...), ...}) before sending it: the server executes a
 * few statements per batch instead of 50. The driver builds them in power-of-two sizes, so a batch of 50 becomes
 * INSERTs of 32, 16 and 2 rows, still in one round trip.
 *
 * <p>Above the driver nothing changes: the application and the recorder still see one {@code executeBatch} of 50 per
 * 50 students, and one sequence call per 50 students for the ids. What changes is the update counts the batch
 * returns: the driver cannot tell which row of a multi-row INSERT came from which entry, and reports each as
 * {@code SUCCESS_NO_INFO} (-2).
 *
 * <p>The setting belongs to the connection, so this approach has a small pool of its own on the same database and
 * schema as the {@link Database} it is given, and closes it with {@link #close()}.
 */
public final class JdbcRewrittenBatch implements BulkInsert {

    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final JdbcBatch batch;

    public JdbcRewrittenBatch(Database db) {
        if (db.settings().kind() != DatabaseSettings.Kind.POSTGRES) {
            throw new IllegalArgumentException(
                    "reWriteBatchedInserts is a PostgreSQL driver property; this database is "
                            + db.settings().describe());
        }
        this.pool = new HikariDataSource(rewritingConfig(db.settings(), currentSchema(db)));
        this.dataSource = recordedLike(db, pool);
        this.batch = new JdbcBatch(dataSource);
    }

    static HikariConfig rewritingConfig(DatabaseSettings settings, String schema) {
        // tag::rewrite[]
        var config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.addDataSourceProperty("reWriteBatchedInserts", "true"); // same as ?reWriteBatchedInserts=true in the URL
        config.setSchema(schema);
        // end::rewrite[]
        config.setPoolName("ajp-rewrite");
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(1);
        return config;
    }

    /** The DataSource this approach writes through: for a test that looks at what the driver returns. */
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public int insert(List<NewStudent> students) {
        return batch.insert(students);
    }

    @Override
    public void close() {
        pool.close();
    }

    /** The private schema the kit gave this database (PostgreSQL: one per {@code Database}). */
    private static String currentSchema(Database db) {
        try (var connection = db.dataSource().getConnection()) {
            return connection.getSchema();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the current schema: " + e.getMessage(), e);
        }
    }

    /** The pool wrapped like the kit wraps its own (the same datasource-proxy listeners), if the kit records. */
    private static DataSource recordedLike(Database db, DataSource pool) {
        if (db.dataSource() instanceof ProxyDataSource recorded) {
            var proxy = new ProxyDataSource(pool);
            proxy.setProxyConfig(recorded.getProxyConfig());
            return proxy;
        }
        return pool;
    }
}
