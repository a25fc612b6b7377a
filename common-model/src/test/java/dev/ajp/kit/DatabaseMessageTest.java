package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link DatabaseMessage} on the database's real refusals (H2, or PostgreSQL with DB=postgres), and on made ones. */
class DatabaseMessageTest {

    private static final String INSERT = "insert into students (id, name, age, grade) values (?, ?, ?, ?)";

    private Database db;

    @BeforeEach
    void openTheSharedSchema() {
        db = Database.setup().sharedSchema().open();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void aRefusedRowInAJdbcBatchIsNamedByItsConstraintOnOneLine() {
        var failure = catchThrowable(() -> {
            try (var connection = db.dataSource().getConnection();
                    var insert = connection.prepareStatement(INSERT)) {
                for (var id = 1; id <= 3; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "Student " + id);
                    insert.setInt(3, id == 2 ? -1 : 20); // the second row breaks the CHECK
                    insert.setString(4, "A");
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });

        assertThat(failure).isInstanceOf(BatchUpdateException.class);
        // Wrapped as a framework would wrap it, twice.
        var wrapped = new IllegalStateException("outer", new RuntimeException("middle", failure));
        var message = DatabaseMessage.of(wrapped);
        assertThat(message.toLowerCase()).contains("students_age_not_negative");
        assertThat(message).doesNotContain("\n").doesNotEndWith("; SQL statement:");
        assertThat(DatabaseMessage.fromDatabase(wrapped)).contains(message);
    }

    @Test
    void aStatementRefusedThroughJdbiIsNamedByItsConstraint() {
        var failure = catchThrowable(() -> db.frameworks()
                .jdbi()
                .useHandle(handle -> handle.createUpdate(INSERT)
                        .bind(0, 1L)
                        .bind(1, "Invalid Student")
                        .bind(2, -1)
                        .bind(3, "F")
                        .execute()));

        assertThat(failure).isInstanceOf(StatementException.class);
        assertThat(DatabaseMessage.of(failure).toLowerCase()).contains("students_age_not_negative");
    }

    @Test
    void theLastExceptionChainedBehindABatchIsTheRowsOwn() {
        var batch = new BatchUpdateException("Batch entry 1 was aborted", new int[0]);
        batch.setNextException(new SQLException("first"));
        batch.getNextException().setNextException(new SQLException("ERROR: the row's own words\n  Detail: more"));

        assertThat(DatabaseMessage.of(new RuntimeException(batch))).isEqualTo("ERROR: the row's own words");
    }

    @Test
    void theInnermostSqlExceptionWinsOverOuterOnes() {
        var failure =
                new SQLException("outer", new RuntimeException(new SQLException("inner; SQL statement:\nselect")));

        assertThat(DatabaseMessage.of(failure)).isEqualTo("inner");
    }

    @Test
    void withoutAnSqlExceptionItIsTheInnermostMessage() {
        var failure = new IllegalStateException("wrapper", new IllegalArgumentException("name must not be blank\nat"));

        assertThat(DatabaseMessage.fromDatabase(failure)).isEmpty();
        assertThat(DatabaseMessage.of(failure)).isEqualTo("name must not be blank");
        assertThat(DatabaseMessage.of(new RuntimeException())).isEqualTo("java.lang.RuntimeException");
    }

    @Test
    void aCauseChainThatLoopsBackEnds() {
        var outer = new RuntimeException("outer");
        var inner = new RuntimeException("inner", outer);
        outer.initCause(inner);

        assertThat(DatabaseMessage.of(outer)).isEqualTo("inner");
    }
}
