package dev.ajp.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code CURRENT_TIMESTAMP} is the time the transaction started, on H2 and on PostgreSQL: every row a transaction
 * writes gets the same value, however long the transaction runs. No test waits for time to pass: the database's own
 * clock, read the same way, tells when it has moved.
 */
class DatabaseClockTest {

    private Database db;

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRowWrittenLaterInALongTransactionIsStampedEarlierThanOneWrittenMeanwhile() {
        var jdbi = db.frameworks().jdbi();
        try (var longTransaction = jdbi.open();
                var meanwhile = jdbi.open()) {
            longTransaction.begin();
            insert(longTransaction, 1, "Alice");
            var started = createdAt(longTransaction, 1);
            // Another transaction, once the database's clock has passed the first one's start.
            var tries = 0;
            while (!currentTimestamp(meanwhile).isAfter(started)) {
                assertThat(++tries).as("reads of the database's clock").isLessThan(100_000);
            }
            insert(meanwhile, 2, "Bob"); // auto-commit: a transaction of its own, committed at once
            insert(longTransaction, 3, "Carol"); // written after Bob's
            longTransaction.commit();
        }

        var alice = createdAt(1);
        var bob = createdAt(2);
        var carol = createdAt(3);
        assertThat(carol).isEqualTo(alice);
        assertThat(carol).isBefore(bob); // written after Bob's row, stamped before it
    }

    @Test
    void aRowUpdatedInTheTransactionThatInsertedItKeepsUpdatedAtEqualToCreatedAt() {
        db.frameworks().jdbi().useTransaction(h -> {
            insert(h, 1, "Alice");
            h.execute("update db_clock_students set age = 23 where id = 1");
        });

        var row = db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select age, created_at, updated_at from db_clock_students where id = 1")
                        .map((rs, ctx) -> rs.getInt(1) + " "
                                + rs.getObject(2, OffsetDateTime.class).isEqual(rs.getObject(3, OffsetDateTime.class)))
                        .one());
        // Updated, and the database moved updated_at: to the same CURRENT_TIMESTAMP.
        assertThat(row).isEqualTo("23 true");
    }

    @Test
    void inHqlCurrentTimestampIsNoInstantOnH2ButInstantIsOnBothDatabases() {
        var factory = db.frameworks(JpaMixin.CURRENT_TIMESTAMP.managedClasses()).hibernate();
        var currentTimestamp = "update CurrentTimestampStudent s set s.updatedAt = current_timestamp";
        var instant = "update CurrentTimestampStudent s set s.updatedAt = instant";

        if (db.settings().kind() == DatabaseSettings.Kind.H2) {
            try (var em = factory.createEntityManager()) {
                assertThatThrownBy(() -> em.createQuery(currentTimestamp))
                        .hasMessageContaining("Cannot assign expression of type 'java.sql.Timestamp' to target path"
                                + " 's.updatedAt' of type 'java.time.Instant'");
            }
        } else {
            assertBulkUpdateStampsTheTransactionsStart(factory, currentTimestamp);
        }
        assertBulkUpdateStampsTheTransactionsStart(factory, instant);
    }

    /**
     * Runs the HQL bulk update on two rows stamped long ago: both rows change, {@code updated_at} becomes the
     * database's {@code CURRENT_TIMESTAMP} of the update's transaction, {@code created_at} stays.
     */
    private void assertBulkUpdateStampsTheTransactionsStart(EntityManagerFactory factory, String hql) {
        var longAgo = Instant.parse("2020-01-01T00:00:00Z");
        db.frameworks().jdbi().useHandle(h -> {
            h.execute("delete from stamped_students");
            for (var id = 1; id <= 2; id++) {
                h.createUpdate("insert into stamped_students (id, name, age, grade, created_at, updated_at)"
                                + " values (:id, 'Alice', 22, 'A', :at, :at)")
                        .bind("id", id)
                        .bind("at", OffsetDateTime.ofInstant(longAgo, ZoneOffset.UTC))
                        .execute();
            }
        });
        int changed;
        Instant transactionStart;
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            changed = em.createQuery(hql).executeUpdate();
            transactionStart = ((OffsetDateTime) em.createNativeQuery("select current_timestamp", OffsetDateTime.class)
                            .getSingleResult())
                    .toInstant();
            em.getTransaction().commit();
        }

        assertThat(changed).as(hql).isEqualTo(2);
        assertThat(stamps(1)).as(hql).containsExactly(longAgo, transactionStart);
        assertThat(stamps(2)).as(hql).containsExactly(longAgo, transactionStart);
    }

    /** created_at and updated_at of a row of stamped_students. */
    private List<Instant> stamps(long id) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select created_at, updated_at from stamped_students where id = :id")
                        .bind("id", id)
                        .map((rs, ctx) -> List.of(
                                rs.getObject(1, OffsetDateTime.class).toInstant(),
                                rs.getObject(2, OffsetDateTime.class).toInstant()))
                        .one());
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static void insert(Handle handle, long id, String name) {
        handle.createUpdate("insert into db_clock_students (id, name, age, grade) values (:id, :name, 22, 'A')")
                .bind("id", id)
                .bind("name", name)
                .execute();
    }

    private static Instant createdAt(Handle handle, long id) {
        return handle.createQuery("select created_at from db_clock_students where id = :id")
                .bind("id", id)
                .map((rs, ctx) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .one();
    }

    private Instant createdAt(long id) {
        return db.frameworks().jdbi().withHandle(h -> createdAt(h, id));
    }

    private static Instant currentTimestamp(Handle handle) {
        return handle.createQuery("select current_timestamp")
                .map((rs, ctx) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .one();
    }
}
