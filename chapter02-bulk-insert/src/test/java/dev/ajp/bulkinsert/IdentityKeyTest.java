package dev.ajp.bulkinsert;

import static dev.ajp.bulkinsert.BulkInsert.BATCH_SIZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.Logging;
import dev.ajp.kit.RecordedEntry;
import dev.ajp.kit.RecordedStatement;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An IDENTITY key ({@link IdentityStudent}) under the batched JPA code ({@link JpaBatchedPersist}, with each
 * provider's batch settings): the id exists only once the row does, and both providers give up batching to learn it,
 * each in its own way.
 */
class IdentityKeyTest {

    static final DatabaseSettings.Kind DATABASE =
            DatabaseSettings.fromEnvironment().kind();

    private Database db;

    @BeforeEach
    void openAnEmptyDatabase() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void anIdentityKeyTurnsTheBatchedHibernateCodeIntoOneInsertPerStudent() {
        var students = NewStudent.generated(120);
        var onASequence = Approach.HIBERNATE_BATCHED.on(db);
        var onIdentity = Approach.HIBERNATE_IDENTITY.on(db);

        var sequenceRecording = db.recorder().record(() -> onASequence.insert(students));
        var identityRecording = db.recorder().record(() -> onIdentity.insert(students));

        // The same JpaBatchedPersist, the same batch settings; only the entity's id generation differs.
        assertThat(sequenceRecording.insertBatchSizes()).containsExactly(BATCH_SIZE, BATCH_SIZE, 20);
        assertThat(sequenceRecording.singleInserts()).isZero();
        assertThat(identityRecording.insertBatchSizes()).isEmpty();
        assertThat(identityRecording.singleInserts()).isEqualTo(students.size());
        assertThat(identityRecording.sequenceCalls()).isZero();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void hibernateInsertsAtPersistToLearnTheIdEclipseLinkWaitsForTheFlush(JpaProvider provider) {
        var factory = db.frameworks(IdentityStudent.class).jpa(provider, JpaBatchedPersist.batchSettings(provider));
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var george = new IdentityStudent("George", 20, "A");

            var atPersist = db.recorder().record(() -> em.persist(george));

            switch (provider) {
                case HIBERNATE -> {
                    // Hibernate's design: the id now, so the INSERT now
                    assertThat(atPersist.singleInserts()).isOne();
                    assertThat(george.getId()).isNotNull();
                }
                case ECLIPSELINK -> {
                    // JPA's rule: the id at the latest when the INSERT runs, at flush or commit
                    assertThat(atPersist.count()).isZero();
                    assertThat(george.getId()).isNull();
                    switch (DATABASE) {
                        case POSTGRES -> {
                            var atFlush = db.recorder().record(em::flush);
                            assertThat(atFlush.statements())
                                    .extracting(RecordedStatement::sql)
                                    .containsExactly(
                                            "INSERT INTO students_identity (AGE, GRADE, NAME) VALUES (?, ?, ?)",
                                            "select lastval()");
                            assertThat(george.getId()).isNotNull();
                        }
                        case H2 -> {
                            Logging.quiet("org.eclipse.persistence"); // the warning is what the test asserts
                            // the flush sends the INSERT, then cannot ask for its id (below)
                            assertThatThrownBy(em::flush).hasMessageContaining("Function \"IDENTITY\" not found");
                            assertThat(george.getId()).isNull();
                        }
                    }
                }
            }
            em.getTransaction().rollback();
        }
    }

    @Test
    void eclipseLinkOnAnIdentityKeyAsksForEachIdAfterItsInsertOrFailsOnH2() {
        var inserter = eclipseLinkOnIdentity(db);
        db.recorder().clear();

        switch (DATABASE) {
            case POSTGRES -> {
                var recording = db.recorder().record(() -> inserter.insert(NewStudent.fromTheTutorial()));

                // batch writing is on, yet every row is an INSERT of its own followed by a query for its id
                var perRow = List.of(
                        "INSERT INTO students_identity (AGE, GRADE, NAME) VALUES (?, ?, ?)", "select lastval()");
                assertThat(recording.statements())
                        .extracting(RecordedStatement::sql)
                        .containsExactlyElementsOf(Collections.nCopies(3, perRow).stream()
                                .flatMap(List::stream)
                                .toList());
                assertThat(recording.insertBatches()).isEmpty();
                assertThat(recording.events())
                        .extracting(RecordedEntry::outline)
                        .containsExactly("setAutoCommit(false)", "commit", "setAutoCommit(true)");
                assertThat(rowsOfIdentityTable()).isEqualTo(3);
            }
            case H2 -> {
                Logging.quiet("org.eclipse.persistence"); // it logs the failure as a warning: the test asserts it
                // H2 2.x has IDENTITY() only in its LEGACY mode: the first INSERT runs, asking for its id fails
                assertThatThrownBy(() -> inserter.insert(NewStudent.fromTheTutorial()))
                        .isInstanceOf(BulkInsertException.class)
                        .hasMessage("None of the 3 students were inserted, the transaction was rolled back:"
                                + " Function \"IDENTITY\" not found")
                        .rootCause()
                        .isInstanceOf(org.h2.jdbc.JdbcSQLSyntaxErrorException.class)
                        .hasMessage("Function \"IDENTITY\" not found; SQL statement:\nCALL IDENTITY() [90022-252]");
                // H2 refuses CALL IDENTITY() while preparing it (recorded as a failed statement); then EclipseLink
                // checks its connection (SELECT 1) and rolls back
                assertThat(db.recorder().recording().entries())
                        .extracting(RecordedEntry::compact)
                        .containsExactly(
                                "setAutoCommit(false)",
                                "INSERT INTO students_identity (AGE, GRADE, NAME) VALUES (?, ?, ?)",
                                "CALL IDENTITY()  [failed]",
                                "SELECT 1",
                                "rollback",
                                "setAutoCommit(true)");
                assertThat(rowsOfIdentityTable()).isZero();
            }
        }
    }

    @Test
    void h2InLegacyModeGivesEclipseLinkItsIdentityFunctionBack() {
        // An H2 database of its own, whatever the build targets: H2 runs inside the JVM
        var legacy =
                new DatabaseSettings(DatabaseSettings.Kind.H2, "jdbc:h2:mem:chapter02-legacy;MODE=LEGACY", "sa", "");
        try (var h2 = Database.setup()
                .settings(legacy)
                .scripts(ChapterDatabase.SCHEMA)
                .open()) {
            var inserter = eclipseLinkOnIdentity(h2);

            var recording = h2.recorder().record(() -> inserter.insert(NewStudent.fromTheTutorial()));

            assertThat(recording.statements())
                    .extracting(RecordedStatement::sql)
                    .containsExactlyElementsOf(Stream.of(1, 2, 3)
                            .flatMap(i -> Stream.of(
                                    "INSERT INTO students_identity (AGE, GRADE, NAME) VALUES (?, ?, ?)",
                                    "CALL IDENTITY()"))
                            .toList());
        }
    }

    /** The batched JPA code on EclipseLink, with batch writing on, for the IDENTITY-keyed entity. */
    private static JpaBatchedPersist eclipseLinkOnIdentity(Database db) {
        return new JpaBatchedPersist(
                db.frameworks(IdentityStudent.class)
                        .eclipseLink(JpaBatchedPersist.batchSettings(JpaProvider.ECLIPSELINK)),
                s -> new IdentityStudent(s.name(), s.age(), s.grade()));
    }

    private int rowsOfIdentityTable() {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select count(*) from students_identity")
                        .mapTo(Integer.class)
                        .one());
    }
}
