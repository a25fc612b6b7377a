package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.compositekeys.recordkey.EnrollmentKey;
import dev.ajp.compositekeys.recordkey.RecordKeyEnrollment;
import dev.ajp.compositekeys.recordkey.RecordKeyMapsIdEnrollment;
import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityExistsException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A record as the {@code @EmbeddedId}: fine while the application sets the key, not when {@code @MapsId} must fill
 * it; and EclipseLink's static weaver logs an exception for it either way. Why the chapter's key is a class.
 */
class RecordKeyTest {

    private static final LocalDate SEPT_10 = LocalDate.parse("2024-09-10");

    private Database db;

    @BeforeEach
    void open() {
        db = EnrollmentData.canonical();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theStaticWeaverLogsAnExceptionForTheRecordAndWeavesTheEntityWithoutIt() throws Exception {
        // The build weaves these test entities like the chapter's own, and keeps the weaver's log in a file.
        var log = Files.readString(ModuleDirectory.of(RecordKeyTest.class).resolve("target/test-weaving.log"));

        assertThat(log)
                .contains("[EL Warning]: weaver:")
                .contains("Weaver encountered an exception while trying to weave class"
                        + " dev/ajp/compositekeys/recordkey/EnrollmentKey.");
        assertThat(PersistenceWeaved.class.isAssignableFrom(RecordKeyEnrollment.class))
                .isTrue();
        assertThat(PersistenceWeaved.class.isAssignableFrom(EnrollmentKey.class))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aRecordKeyThatTheApplicationSetsWorksOnBothProviders(JpaProvider provider) {
        var factory = db.frameworks(RecordKeyEnrollment.class).jpa(provider);

        try (var em = factory.createEntityManager()) {
            assertThat(em.find(RecordKeyEnrollment.class, new EnrollmentKey(3L, 3L))
                            .getEnrollmentDate())
                    .isEqualTo("2024-09-04");
            em.getTransaction().begin();
            em.persist(new RecordKeyEnrollment(new EnrollmentKey(4L, 5L), SEPT_10));
            em.getTransaction().commit();
        }

        assertThat(EnrollmentData.rows(db)).contains(EnrollmentData.row(4, 5, "2024-09-10"));
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aRecordKeyThatMapsIdMustFillWorksOnHibernateAndFailsOnEclipseLinkAtPersist(JpaProvider provider) {
        var factory = db.frameworks(Student.class, Course.class, RecordKeyMapsIdEnrollment.class)
                .jpa(provider);

        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var daveInPhysics = new RecordKeyMapsIdEnrollment(
                    em.getReference(Student.class, 4L), em.getReference(Course.class, 2L), SEPT_10);
            switch (provider) {
                case HIBERNATE -> {
                    // Hibernate builds a new record with the two ids.
                    em.persist(daveInPhysics);
                    assertThat(daveInPhysics.getId()).isEqualTo(new EnrollmentKey(4L, 2L));
                    em.getTransaction().commit();
                }
                // EclipseLink writes the ids into the key object: there is none yet, and it cannot make a record
                // without its components.
                case ECLIPSELINK -> {
                    assertThatThrownBy(() -> em.persist(daveInPhysics))
                            .isInstanceOf(EntityExistsException.class)
                            .hasMessageContaining("A NullPointerException was thrown while setting the value of the"
                                    + " instance variable [");
                    em.getTransaction().rollback();
                }
            }
        }

        assertThat(EnrollmentData.rows(db).contains(EnrollmentData.row(4, 2, "2024-09-10")))
                .isEqualTo(provider == JpaProvider.HIBERNATE);
    }
}
