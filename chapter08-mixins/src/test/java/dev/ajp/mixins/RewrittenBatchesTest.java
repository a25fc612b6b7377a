package dev.ajp.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The benchmark's setup on PostgreSQL: every approach on connections with the driver's {@code reWriteBatchedInserts}.
 * The approaches work the same on it (the recorder sees the same JDBC batches: the rewrite happens inside the driver),
 * and the driver rewrites only the batches that ask for no generated keys. On H2 there is no such property.
 */
class RewrittenBatchesTest {

    private static final int STUDENTS = 2 * TimestampedRows.BATCH_SIZE + 20;

    private final TickingClock clock = new TickingClock();
    private Database db;

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void everyApproachInsertsTheSameOnTheDriversRewriteOnPostgresAndH2HasNone(Approach approach) {
        if (db.settings().kind() == DatabaseSettings.Kind.H2) {
            assertThatThrownBy(() -> approach.on(db, Approach.REWRITE_BATCHED_INSERTS, clock))
                    .hasMessageContaining(
                            approach.runsOn(DatabaseSettings.Kind.H2)
                                    ? "are for PostgreSQL's driver"
                                    : "runs on PostgreSQL only");
            return;
        }
        var rows = approach.on(db, Approach.REWRITE_BATCHED_INSERTS, clock);

        var recording = db.recorder().record(() -> rows.insertStudents(NewStudent.generated(STUDENTS)));

        var stamps = recording.result();
        assertThat(stamps)
                .hasSize(STUDENTS)
                .allSatisfy(stamp -> assertThat(stamp.updatedAt()).isNotNull());
        assertThat(rows.reload(stamps.get(0).id())).isEqualTo(stamps.get(0));
        assertThat(rows.reload(stamps.get(STUDENTS - 1).id())).isEqualTo(stamps.get(STUDENTS - 1));
        assertThat(recording.failedStatements()).isEmpty();
        assertThat(recording.insertBatchSizes())
                .isEqualTo(
                        switch (approach) {
                            case HIBERNATE_CALLBACKS,
                                    ECLIPSELINK_CALLBACKS,
                                    HIBERNATE_CREATION_TIMESTAMP,
                                    JDBI_SQL_OBJECT_MIXIN,
                                    ECLIPSELINK_REFRESH,
                                    JDBI_GENERATED_KEYS -> List.of(50, 50, 20);
                            // One INSERT ... RETURNING per row: nothing for the driver to rewrite.
                            case HIBERNATE_CURRENT_TIMESTAMP, HIBERNATE_GENERATED, ECLIPSELINK_RETURNING -> List.of();
                        });
    }

    @Test
    void theDriverRewritesABatchOfInsertsButNotOneThatAsksForGeneratedKeys() throws SQLException {
        if (db.settings().kind() == DatabaseSettings.Kind.H2) {
            assertThatThrownBy(() -> db.dataSource(Approach.REWRITE_BATCHED_INSERTS))
                    .isInstanceOf(IllegalArgumentException.class);
            return;
        }
        var rewriting = db.dataSource(Approach.REWRITE_BATCHED_INSERTS);
        var none = Statement.SUCCESS_NO_INFO;

        // Rewritten: a batch of 3 becomes an INSERT of 2 rows and one of 1; a row of the first has no count of its own.
        assertThat(updateCountsOfABatchOfThree(rewriting, false)).containsExactly(none, none, 1);
        // Asked for the columns the database filled in (Jdbi's executePreparedBatch(columns...)): three INSERTs.
        assertThat(updateCountsOfABatchOfThree(rewriting, true)).containsExactly(1, 1, 1);
    }

    /** Sends a JDBC batch of three INSERTs into db_clock_students, rolls it back, and returns its update counts. */
    private static int[] updateCountsOfABatchOfThree(DataSource dataSource, boolean generatedKeys) throws SQLException {
        var sql = "insert into db_clock_students (id, name, age, grade) values (?, ?, 22, 'A')";
        try (var connection = dataSource.getConnection();
                var insert = generatedKeys
                        ? connection.prepareStatement(sql, new String[] {"created_at", "updated_at"})
                        : connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            for (var id = 1; id <= 3; id++) {
                insert.setLong(1, id);
                insert.setString(2, "Student " + id);
                insert.addBatch();
            }
            var counts = insert.executeBatch();
            connection.rollback();
            connection.setAutoCommit(true);
            return counts;
        }
    }
}
