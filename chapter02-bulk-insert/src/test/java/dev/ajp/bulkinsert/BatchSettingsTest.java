package dev.ajp.bulkinsert;

import static dev.ajp.bulkinsert.BulkInsert.BATCH_SIZE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.RecordedStatement;
import dev.ajp.kit.Recording;
import dev.ajp.kit.StatementKind;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider settings that decide whether the batched JPA code batches at all, checked with 120 students (batches
 * of 50, 50 and 20 when it does): which values of EclipseLink's {@code eclipselink.jdbc.batch-writing} and
 * {@code eclipselink.jdbc.bind-parameters} batch, which persistence-context settings change nothing on the wire, and
 * what Hibernate's {@code insertMultiple} does with {@code hibernate.jdbc.batch_size}.
 */
class BatchSettingsTest {

    static final int STUDENTS = 120;

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
    void eclipseLinkBatchesWithJdbcBatchWritingAndBoundParameters() {
        var recording = eclipseLinkWith(Map.of());

        assertThat(recording.insertBatchSizes()).containsExactly(BATCH_SIZE, BATCH_SIZE, 20);
        assertThat(recording.singleInserts()).isZero();
    }

    @Test
    void eclipseLinkBufferedBatchWritingSendsOneInsertPerRowWhenParametersAreBound() {
        // Buffered batches only SQL without parameters; with bound parameters (the default) it does not batch at all
        var recording = eclipseLinkWith(Map.of("eclipselink.jdbc.batch-writing", "Buffered"));

        assertThat(recording.insertBatches()).isEmpty();
        assertThat(recording.singleInserts()).isEqualTo(STUDENTS);
        assertThat(inserts(recording)).allMatch(sql -> sql.endsWith("VALUES (?, ?, ?, ?)"));
    }

    @Test
    void eclipseLinkWithoutBoundParametersWritesEachRowsValuesIntoItsSqlAndBatchesNothing() {
        // Every INSERT has a text of its own, so no two can share a JDBC batch, whichever batch writing is set
        for (var batchWriting : new String[] {"JDBC", "Buffered"}) {
            db.frameworks().jdbi().useHandle(handle -> handle.execute("delete from students"));

            var recording = eclipseLinkWith(Map.of(
                    "eclipselink.jdbc.batch-writing", batchWriting, "eclipselink.jdbc.bind-parameters", "false"));

            assertThat(recording.insertBatches()).as(batchWriting).isEmpty();
            assertThat(recording.singleInserts()).as(batchWriting).isEqualTo(STUDENTS);
            assertThat(inserts(recording))
                    .as(batchWriting)
                    .noneMatch(sql -> sql.contains("?"))
                    .anyMatch(sql -> sql.endsWith(", 'Student 00001')"));
        }
    }

    @Test
    void eclipseLinkPersistenceContextSettingsChangeNothingOnTheWire() {
        // The settings EclipseLink offers for its persistence context: they change when it is written, not the batches
        var recording = eclipseLinkWith(Map.of(
                "eclipselink.persistence-context.persist-on-commit", "false",
                "eclipselink.persistence-context.close-on-commit", "true",
                "eclipselink.persistence-context.flush-mode", "COMMIT",
                "eclipselink.flush-clear.cache", "Drop"));

        assertThat(recording.insertBatchSizes()).containsExactly(BATCH_SIZE, BATCH_SIZE, 20);
        assertThat(recording.singleInserts()).isZero();
    }

    @Test
    void hibernateInsertMultipleBatchesTheWholeListWhateverTheBatchSizeSetting() {
        var factory = db.frameworks(Student.class, Course.class).hibernate(Map.of("hibernate.jdbc.batch_size", "10"));
        var inserter = new HibernateInsertMultiple(factory);

        var recording = db.recorder().record(() -> inserter.insert(NewStudent.generated(STUDENTS)));

        // the slices of 50 that HibernateInsertMultiple hands over, not batches of 10
        assertThat(recording.insertBatchSizes()).containsExactly(BATCH_SIZE, BATCH_SIZE, 20);
    }

    @Test
    void hibernatePersistWithoutABatchSizeSendsOneInsertPerRow() {
        var settings = new HashMap<>(JpaBatchedPersist.batchSettings(JpaProvider.HIBERNATE));
        settings.remove("hibernate.jdbc.batch_size");
        var inserter = new JpaBatchedPersist(
                db.frameworks(Student.class, Course.class).hibernate(settings), JpaBatchedPersist::student);

        var recording = db.recorder().record(() -> inserter.insert(NewStudent.generated(STUDENTS)));

        // the same flush() and clear() every 50: without the setting, each flush sends 50 single INSERTs
        assertThat(recording.insertBatches()).isEmpty();
        assertThat(recording.singleInserts()).isEqualTo(STUDENTS);
    }

    /** JpaBatchedPersist on EclipseLink with the chapter's batch settings and these on top, recorded. */
    private Recording<Integer> eclipseLinkWith(Map<String, String> overrides) {
        var settings = new HashMap<>(JpaBatchedPersist.batchSettings(JpaProvider.ECLIPSELINK));
        settings.putAll(overrides);
        var inserter = new JpaBatchedPersist(
                db.frameworks(Student.class, Course.class).eclipseLink(settings), JpaBatchedPersist::student);
        return db.recorder().record(() -> inserter.insert(NewStudent.generated(STUDENTS)));
    }

    private static java.util.List<String> inserts(Recording<?> recording) {
        return recording.statements().stream()
                .filter(s -> s.kind() == StatementKind.INSERT)
                .map(RecordedStatement::sql)
                .toList();
    }
}
