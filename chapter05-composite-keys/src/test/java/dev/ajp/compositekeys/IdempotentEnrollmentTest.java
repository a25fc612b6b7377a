package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.StatementKind;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one-statement idempotent enrollment in plain JDBC: what Jdbi and the native queries hand to the driver. */
class IdempotentEnrollmentTest {

    @Test
    void theUpdateCountSaysWhetherTheRowWasNewAndASecondCallIsNoError() throws SQLException {
        try (var db = EnrollmentData.canonical()) {
            var database = db.settings().kind();
            var daveInArt = new EnrollmentKey(4, 5);

            try (var connection = db.dataSource().getConnection()) {
                var recording = db.recorder().record(() -> {
                    try {
                        return IdempotentEnrollment.withJdbc(
                                        connection, database, daveInArt, LocalDate.parse("2024-09-10"))
                                + " then "
                                + IdempotentEnrollment.withJdbc(
                                        connection, database, daveInArt, LocalDate.parse("2024-09-11"));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });

                assertThat(recording.result()).isEqualTo("true then false");
                // Two statements in auto-commit mode, no transaction events. MERGE is "other" to the recorder.
                var kind = switch (database) {
                    case H2 -> StatementKind.OTHER;
                    case POSTGRES -> StatementKind.INSERT;
                };
                assertThat(recording.entries()).hasSize(2);
                assertThat(recording.count(kind)).isEqualTo(2);
                assertThat(recording.failedStatements()).isEmpty();
            }
            assertThat(EnrollmentData.rows(db)).contains(EnrollmentData.row(4, 5, "2024-09-10"));
        }
    }
}
