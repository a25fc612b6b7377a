package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.compositekeys.idclass.Enrollment;
import dev.ajp.compositekeys.idclass.EnrollmentId;
import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Student;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Why entities keep their fields private and are used through accessors. A field written from outside the entity (a
 * public field, or reflection, as here) is not seen by woven EclipseLink, which tracks changes in the setters it
 * weaves; and a lazy reference's fields are empty until an accessor loads it.
 */
class PrivateFieldsTest {

    private Database db;

    @BeforeEach
    void open() {
        db = EnrollmentData.canonical();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aFieldWrittenFromOutsideTheEntityIsSilentlyNotUpdatedByWovenEclipseLink(JpaProvider provider)
            throws ReflectiveOperationException {
        var factory = Approach.frameworks(db).jpa(provider);
        var field = Enrollment.class.getDeclaredField("enrollmentDate");
        field.setAccessible(true);

        var recording = db.recorder().record(() -> {
            try (var em = factory.createEntityManager()) {
                em.getTransaction().begin();
                var bobInMathematics = em.find(Enrollment.class, new EnrollmentId(2, 1));
                field.set(bobInMathematics, LocalDate.parse("2024-09-10")); // past the setter
                em.getTransaction().commit();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        });

        switch (provider) {
            // Hibernate compares each entity with the snapshot it took at load: the change is found.
            case HIBERNATE -> {
                assertThat(recording.outline())
                        .containsExactly("setAutoCommit(false)", "select", "update", "commit", "setAutoCommit(true)");
                assertThat(dateOfBobInMathematics()).isEqualTo("2024-09-10");
            }
            // Woven EclipseLink only knows what its woven setter reported: no UPDATE, no error.
            case ECLIPSELINK -> {
                assertThat(recording.outline()).containsExactly("select");
                assertThat(dateOfBobInMathematics()).isEqualTo("2024-09-03");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aReferencesFieldsAreEmptyAndOnlyItsAccessorsLoadIt(JpaProvider provider) throws ReflectiveOperationException {
        var factory = Approach.frameworks(db).jpa(provider);
        var name = Student.class.getDeclaredField("name");
        name.setAccessible(true);

        try (var em = factory.createEntityManager()) {
            var alice = em.getReference(Student.class, 1L);

            assertThat(name.get(alice)).isNull();
            var loading = db.recorder().record(alice::getName);
            assertThat(loading.result()).isEqualTo("Alice");
            assertThat(loading.outline()).containsExactly("select");
            switch (provider) {
                // A Hibernate reference is a proxy: the loaded values are in another object, its fields stay empty.
                case HIBERNATE -> assertThat(name.get(alice)).isNull();
                // An EclipseLink reference is the entity, woven: its accessor fetched the rest into its fields.
                case ECLIPSELINK -> assertThat(name.get(alice)).isEqualTo("Alice");
            }
            assertThat(alice.getClass() == Student.class).isEqualTo(provider == JpaProvider.ECLIPSELINK);
        }
    }

    private LocalDate dateOfBobInMathematics() {
        return EnrollmentData.rows(db).stream()
                .filter(r -> r.key().equals(new EnrollmentKey(2, 1)))
                .map(EnrollmentRow::enrollmentDate)
                .findFirst()
                .orElseThrow();
    }
}
