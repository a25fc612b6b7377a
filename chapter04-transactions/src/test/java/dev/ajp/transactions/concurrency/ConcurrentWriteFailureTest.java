package dev.ajp.transactions.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which database answers are worth a new attempt: read from the SQLState however deep a framework wrapped it. */
class ConcurrentWriteFailureTest {

    private static Throwable wrapped(String sqlState, int errorCode) {
        return new PersistenceException(
                "a framework's message", new RuntimeException(new SQLException("the database's", sqlState, errorCode)));
    }

    @Test
    void aLockNotGrantedInTimeIsALockTimeoutOnBothDatabases() {
        assertThat(ConcurrentWriteFailure.of(wrapped("55P03", 0))).contains(ConcurrentWriteFailure.LOCK_TIMEOUT);
        assertThat(ConcurrentWriteFailure.of(wrapped("HYT00", 50200))).contains(ConcurrentWriteFailure.LOCK_TIMEOUT);
        // PostgreSQL's cancel, which its lock timer sometimes reports instead of 55P03 (see the constant)
        assertThat(ConcurrentWriteFailure.of(wrapped("57014", 0))).contains(ConcurrentWriteFailure.LOCK_TIMEOUT);
    }

    @Test
    void serializationFailuresAndDeadlocksAreNamedApart() {
        assertThat(ConcurrentWriteFailure.of(wrapped("40001", 0)))
                .contains(ConcurrentWriteFailure.SERIALIZATION_FAILURE);
        assertThat(ConcurrentWriteFailure.of(wrapped("40P01", 0))).contains(ConcurrentWriteFailure.DEADLOCK);
    }

    @Test
    void anythingElseIsNotRetried() {
        assertThat(ConcurrentWriteFailure.of(wrapped("23505", 0))).isEmpty(); // unique violation
        assertThat(ConcurrentWriteFailure.of(wrapped("HYT00", 57014))).isEmpty(); // H2's statement timeout
        assertThat(ConcurrentWriteFailure.of(new IllegalStateException("no SQL at all")))
                .isEmpty();
    }
}
