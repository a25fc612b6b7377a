package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.Logging;
import dev.ajp.kit.RecordedStatement;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.exceptions.DescriptorException;
import org.eclipse.persistence.exceptions.IntegrityException;
import org.eclipse.persistence.jpa.exceptions.EntityManagerSetupException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the frameworks see after the BEFORE trigger changed the name they inserted ({@code "  kevin "} in,
 * {@code "Kevin"} written), and each one's way to read it back, on H2 and PostgreSQL.
 */
class TriggerReadBackTest {

    static final DatabaseSettings.Kind DATABASE =
            DatabaseSettings.fromEnvironment().kind();

    private Database db;

    @BeforeEach
    void openADatabaseWithTheTriggers() {
        db = ChapterDatabase.setup().open();
        ChapterDatabase.installTriggers(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theObjectAndFindInTheSameEntityManagerAreStaleUntilRefresh(JpaProvider provider) {
        var seen = AfterTheTrigger.jpa(db, provider);

        assertThat(seen.inMemory()).isEqualTo("  kevin ");
        assertThat(seen.found()).isEqualTo("  kevin ");
        assertThat(seen.findStatements()).as("find returns the object it holds").isZero();
        assertThat(seen.inDatabase()).isEqualTo("Kevin");
        assertThat(seen.refreshed()).isEqualTo("Kevin");
        assertThat(seen.refreshStatements())
                .isEqualTo(
                        switch (provider) {
                            case HIBERNATE -> 1;
                            // the student, then its courses: EclipseLink loads the collection of an object it has
                            // just inserted when it refreshes it
                            case ECLIPSELINK -> 2;
                        });
        assertThat(Rows.auditWithoutTime(db)).containsExactly(new Rows.Audit(seen.id(), "INSERT"));
    }

    @Test
    void hibernateGeneratedReadsTheTriggersNameBackWithTheInsert() {
        var factory = db.frameworks(GeneratedNameStudent.class).hibernate();
        try (var em = factory.createEntityManager()) {
            var kevin = new GeneratedNameStudent("  kevin ", 23, "B");

            var recording = db.recorder().record(() -> {
                em.getTransaction().begin();
                em.persist(kevin);
                em.getTransaction().commit();
            });

            assertThat(kevin.getName()).isEqualTo("Kevin");
            assertThat(recording.outline())
                    .containsExactly("setAutoCommit(false)", "sequence", "insert", "commit", "setAutoCommit(true)");
            // PostgreSQL: insert ... returning; H2: the same INSERT, with the name asked for as a generated key
            assertThat(recording.statements().get(1).sql())
                    .isEqualTo(
                            switch (DATABASE) {
                                case H2 -> "insert into students (age,grade,name,id) values (?,?,?,?)";
                                case POSTGRES ->
                                    "insert into students (age,grade,name,id) values (?,?,?,?) returning name";
                            });
        }
    }

    @Test
    void eclipseLinkReturnInsertReadsTheNameBackOnPostgresAndRefusesToStartOnH2() {
        switch (DATABASE) {
            case POSTGRES -> {
                var factory = db.frameworks(ReturnInsertStudent.class).eclipseLink();
                try (var em = factory.createEntityManager()) {
                    var kevin = new ReturnInsertStudent("  kevin ", 23, "B");
                    var recording = db.recorder().record(() -> {
                        em.getTransaction().begin();
                        em.persist(kevin);
                        em.getTransaction().commit();
                    });

                    assertThat(kevin.getName()).isEqualTo("Kevin");
                    assertThat(recording.statements())
                            .extracting(RecordedStatement::sql)
                            .containsExactly(
                                    "select nextval('students_seq')",
                                    "INSERT INTO students (ID, AGE, GRADE, NAME) VALUES (?, ?, ?, ?) RETURNING NAME");
                }
            }
            case H2 -> {
                // EclipseLink logs the failed deployment at ERROR too; the exception is the lesson here.
                Logging.quiet("org.eclipse.persistence");
                assertThatThrownBy(
                                () -> db.frameworks(ReturnInsertStudent.class).eclipseLink())
                        .isInstanceOf(PersistenceException.class)
                        .satisfies(TriggerReadBackTest::isTheReturnInsertRefusal);
            }
        }
    }

    /**
     * The refusal's chain, as EclipseLink 5.0.0 builds it: the deployment failed (28019), because the descriptor
     * check found {@code @ReturnInsert} on a platform without RETURNING (193, listed by an IntegrityException).
     */
    static void isTheReturnInsertRefusal(Throwable refusal) {
        var setup = refusal.getCause();
        assertThat(setup)
                .isInstanceOfSatisfying(
                        EntityManagerSetupException.class,
                        e -> assertThat(e.getErrorCode()).isEqualTo(28019));
        assertThat(refusal.getMessage()).startsWith("Exception [EclipseLink-28019]");
        assertThat(setup.getCause())
                .isInstanceOfSatisfying(
                        IntegrityException.class,
                        e -> assertThat(e.getIntegrityChecker().getCaughtExceptions())
                                .singleElement()
                                .isInstanceOfSatisfying(DescriptorException.class, d -> {
                                    assertThat(d.getErrorCode()).isEqualTo(193);
                                    assertThat(d.getMessage())
                                            .contains(
                                                    "There is no custom [InsertObjectQuery] set, but ReturningPolicy contains"
                                                            + " field(s) to be returned and [H2Platform] does not support generating call"
                                                            + " with returning.");
                                }));
        assertThat(setup.getCause().getCause()).isNull();
    }

    @Test
    void jdbiGetsTheTriggersNameWhenItAsksForTheColumnsBack() {
        var recording = db.recorder().record(() -> AfterTheTrigger.jdbiReturnedName(db));

        assertThat(recording.result()).isEqualTo("Kevin");
        // PostgreSQL's driver appends "returning" below the recorder; H2 answers getGeneratedKeys with the columns
        assertThat(recording.statements())
                .extracting(RecordedStatement::sql)
                .containsExactly("insert into students (id, name, age, grade) values (?, ?, ?, ?)");
    }

    @Test
    void withEclipseLinksSharedCacheOnANewEntityManagerStillServesTheStaleName() {
        // The kit turns EclipseLink's shared cache off; this test turns it on, to show what it would keep.
        var cached = AfterTheTrigger.findInANewEntityManager(
                db, JpaProvider.ECLIPSELINK, Map.of("eclipselink.cache.shared.default", "true"));

        assertThat(cached.name()).isEqualTo("  kevin ");
        assertThat(cached.statements()).as("served from the cache").isZero();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void withoutASharedCacheANewEntityManagerReadsTheRow(JpaProvider provider) {
        var found = AfterTheTrigger.findInANewEntityManager(db, provider, Map.of());

        assertThat(found.name()).isEqualTo("Kevin");
        assertThat(found.statements()).isEqualTo(1);
        assertThat(Rows.students(db)).extracting(Rows.StudentRow::name).isEqualTo(List.of("Kevin"));
    }
}
