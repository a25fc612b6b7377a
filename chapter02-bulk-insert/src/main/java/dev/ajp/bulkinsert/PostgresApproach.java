package dev.ajp.bulkinsert;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.util.function.Function;

/**
 * The approaches only PostgreSQL has: below every framework, what its JDBC driver and its bulk loader can do. They
 * are measured by {@code PostgresBulkInsertBenchmark}, which runs only when the build targets PostgreSQL.
 */
public enum PostgresApproach implements BulkInsertApproach {
    JDBC_REWRITTEN_BATCH("JDBC batch rewritten", JdbcRewrittenBatch::new),
    POSTGRES_COPY("PostgreSQL COPY", db -> new PostgresCopy(db.dataSource()));

    private final String label;
    private final Function<Database, BulkInsert> factory;

    PostgresApproach(String label, Function<Database, BulkInsert> factory) {
        this.label = label;
        this.factory = factory;
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
