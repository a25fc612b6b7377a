package dev.ajp.bulkinsert;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.util.Map;
import java.util.function.Function;

/**
 * The approaches only PostgreSQL has: every batched approach of {@link Approach} again, on connections whose JDBC
 * driver rewrites each batch into multi-row INSERTs; and COPY, the server's bulk loader. They are measured by
 * {@code PostgresBulkInsertBenchmark}, which runs only when the build targets PostgreSQL.
 */
public enum PostgresApproach implements BulkInsertApproach {
    // tag::rewritten[]
    // Each batched approach, unchanged, on connections opened with reWriteBatchedInserts=true
    JDBC_REWRITTEN_BATCH("JDBC/batch-rewritten", Approach.JDBC_BATCH),
    HIBERNATE_BATCHED_REWRITTEN("Hibernate/batched-persist-rewritten", Approach.HIBERNATE_BATCHED),
    HIBERNATE_INSERT_MULTIPLE_REWRITTEN("Hibernate/insert-multiple-rewritten", Approach.HIBERNATE_INSERT_MULTIPLE),
    ECLIPSELINK_BATCHED_REWRITTEN("EclipseLink/batch-writing-rewritten", Approach.ECLIPSELINK_BATCHED),
    ECLIPSELINK_INSERT_QUERY_REWRITTEN("EclipseLink/insert-object-query-rewritten", Approach.ECLIPSELINK_INSERT_QUERY),
    JDBI_BATCH_REWRITTEN("Jdbi/prepared-batch-rewritten", Approach.JDBI_BATCH),
    JDBI_SQL_BATCH_REWRITTEN("Jdbi/sql-batch-rewritten", Approach.JDBI_SQL_BATCH),
    // end::rewritten[]

    // The bulk loader: no INSERT at all
    POSTGRES_COPY("PostgreSQL/copy", db -> new PostgresCopy(db.dataSource()));

    // tag::property[]
    /** The driver property; the same as {@code ?reWriteBatchedInserts=true} at the end of the JDBC URL. */
    public static final Map<String, String> REWRITE_BATCHED_INSERTS = Map.of("reWriteBatchedInserts", "true");
    // end::property[]

    private final String label;
    private final Function<Database, BulkInsert> factory;

    PostgresApproach(String label, Approach rewritten) {
        this(label, db -> rewriting(db, rewritten));
    }

    PostgresApproach(String label, Function<Database, BulkInsert> factory) {
        this.label = label;
        this.factory = factory;
    }

    /** The approach on the kit's second pool of the same database, whose connections have the property. */
    private static BulkInsert rewriting(Database db, Approach approach) {
        return approach.on(db, REWRITE_BATCHED_INSERTS);
    }

    @Override
    public BulkInsert on(Database db) {
        if (!runsOn(db.settings().kind())) {
            throw new IllegalArgumentException(label + " runs on PostgreSQL only; this database is "
                    + db.settings().describe() + ". Run with -Ppostgres (or DB=postgres).");
        }
        return factory.apply(db);
    }

    @Override
    public boolean runsOn(DatabaseSettings.Kind database) {
        return database == DatabaseSettings.Kind.POSTGRES;
    }

    @Override
    public String table() {
        return "students";
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
