package dev.ajp.bulkinsert;

import static dev.ajp.bulkinsert.BulkInsert.BATCH_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PostgreSQL's {@code reWriteBatchedInserts=true}, below the recorder: what the driver asks the server to execute for
 * each approach, read from the driver's own log of the messages it sends ({@link PostgresWire}), and the update counts
 * it returns. Above the driver nothing changes ({@link ExpectedSql} gives each rewritten approach the statements of the
 * approach it rewrites, and {@code BulkInsertTest} checks them).
 */
class RewrittenBatchTest {

    static final DatabaseSettings.Kind DATABASE =
            DatabaseSettings.fromEnvironment().kind();

    private Database db;

    @BeforeAll
    static void onPostgresOnly() {
        assumeTrue(
                DATABASE == DatabaseSettings.Kind.POSTGRES,
                "reWriteBatchedInserts is a property of PostgreSQL's JDBC driver; H2 runs a batch inside the JVM");
    }

    @BeforeEach
    void openAnEmptyDatabase() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    static Stream<Arguments> everyApproachHereOnThreeSizes() {
        return ChapterApproach.runningOn(Approach.class, DATABASE).stream()
                .flatMap(approach -> Stream.of(120, 101, 3).map(n -> Arguments.of(approach, n)));
    }

    @ParameterizedTest(name = "{0}, {1} students")
    @MethodSource("everyApproachHereOnThreeSizes")
    void theServerExecutesTheInsertsTheExpectationSays(Approach approach, int n) {
        var inserter = approach.on(db);

        var wire = PostgresWire.capture(() -> inserter.insert(NewStudent.generated(n)));

        assertThat(wire.rowsPerInsert(approach.valuesPerRow()))
                .isEqualTo(ExpectedSql.rowsPerInsertOnTheWire(approach, n));
    }

    static Stream<Arguments> eachRewrittenApproachAndTheApproachItRewrites() {
        return Stream.of(
                Arguments.of(Approach.JDBC_REWRITTEN_BATCH, Approach.JDBC_BATCH),
                Arguments.of(Approach.HIBERNATE_BATCHED_REWRITTEN, Approach.HIBERNATE_BATCHED),
                Arguments.of(Approach.HIBERNATE_INSERT_MULTIPLE_REWRITTEN, Approach.HIBERNATE_INSERT_MULTIPLE),
                Arguments.of(Approach.ECLIPSELINK_BATCHED_REWRITTEN, Approach.ECLIPSELINK_BATCHED),
                Arguments.of(Approach.ECLIPSELINK_INSERT_QUERY_REWRITTEN, Approach.ECLIPSELINK_INSERT_QUERY),
                Arguments.of(Approach.JDBI_BATCH_REWRITTEN, Approach.JDBI_BATCH),
                Arguments.of(Approach.JDBI_SQL_BATCH_REWRITTEN, Approach.JDBI_SQL_BATCH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachRewrittenApproachAndTheApproachItRewrites")
    void theRewriteKeepsTheRoundTripsAndCutsTheInsertsTheServerExecutes(Approach rewritten, Approach plain) {
        var students = NewStudent.generated(120);
        var plainInserter = plain.on(db);
        var rewrittenInserter = rewritten.on(db);

        var withoutRewrite = PostgresWire.capture(() -> plainInserter.insert(students));
        db.frameworks().jdbi().useHandle(handle -> handle.execute("delete from students"));
        var withRewrite = PostgresWire.capture(() -> rewrittenInserter.insert(students));

        // 3 batches (50, 50, 20) and 3 sequence calls, then the commit: 7 times the driver waits, either way
        assertThat(withRewrite.roundTrips())
                .isEqualTo(withoutRewrite.roundTrips())
                .isEqualTo(7);
        // but the server executes 8 INSERTs instead of 120
        assertThat(withoutRewrite.rowsPerInsert(plain.valuesPerRow()))
                .hasSize(120)
                .containsOnly(1);
        assertThat(withRewrite.rowsPerInsert(plain.valuesPerRow())).containsExactly(32, 16, 2, 32, 16, 2, 16, 4);
    }

    @Test
    void theDriverReportsTheRowsOfAMultiRowInsertAsSuccessNoInfo() throws Exception {
        var none = Statement.SUCCESS_NO_INFO;
        var rewriting = db.dataSource(Approach.REWRITE_BATCHED_INSERTS);

        // A row of a multi-row INSERT cannot be traced back to its batch entry: the driver reports SUCCESS_NO_INFO for
        // it. A batch of 3 becomes an INSERT of 2 rows and one of 1 row; a batch of 50, INSERTs of 32, 16 and 2.
        assertThat(updateCountsOfABatch(rewriting, 3)).containsExactly(none, none, 1);
        assertThat(updateCountsOfABatch(rewriting, BATCH_SIZE)).containsOnly(none);
        // Without the property, every entry is its own INSERT of one row.
        assertThat(updateCountsOfABatch(db.dataSource(), BATCH_SIZE)).containsOnly(1);
    }

    /** Sends a JDBC batch of that many INSERTs, rolls it back, and returns the update counts the driver gave. */
    private static int[] updateCountsOfABatch(DataSource dataSource, int rows) throws SQLException {
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "insert into students (id, name, age, grade) values (?, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            var id = 1000L;
            for (var student : NewStudent.generated(rows)) {
                insert.setLong(1, id++);
                insert.setString(2, student.name());
                insert.setInt(3, student.age());
                insert.setString(4, student.grade());
                insert.addBatch();
            }
            var counts = insert.executeBatch();
            connection.rollback();
            connection.setAutoCommit(true);
            return counts;
        }
    }
}
