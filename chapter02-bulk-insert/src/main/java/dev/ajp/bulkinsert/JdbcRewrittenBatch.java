package dev.ajp.bulkinsert;

import dev.ajp.kit.Database;
import java.util.List;
import java.util.Map;

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
 * <p>The property belongs to the connection, so this approach writes through a second DataSource of the database,
 * whose connections are opened with it: the same private schema, recorded like the first.
 */
public final class JdbcRewrittenBatch implements BulkInsert {

    // tag::rewrite[]
    // The driver property; the same as ?reWriteBatchedInserts=true at the end of the JDBC URL
    static final Map<String, String> REWRITE_BATCHED_INSERTS = Map.of("reWriteBatchedInserts", "true");

    private final JdbcBatch batch;

    public JdbcRewrittenBatch(Database db) {
        // JdbcBatch, unchanged, on a second pool of this database whose connections have the property
        this.batch = new JdbcBatch(db.dataSource(REWRITE_BATCHED_INSERTS));
    }
    // end::rewrite[]

    @Override
    public int insert(List<NewStudent> students) {
        return batch.insert(students);
    }
}
