package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.compositekeys.embeddedid.Enrollment;
import dev.ajp.compositekeys.embeddedid.EnrollmentId;
import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * When {@code @MapsId} fills the key: at {@code persist()}, on both providers, before any SQL is sent; for a student
 * and a course that exist (referenced by id) and for ones persisted in the same transaction alike.
 */
class MapsIdTest {

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

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theKeyIsNullUntilPersistAndFilledByPersistBeforeAnySql(JpaProvider provider) {
        var factory = Approach.frameworks(db).jpa(provider);

        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var daveInPhysics =
                    new Enrollment(em.getReference(Student.class, 4L), em.getReference(Course.class, 2L), SEPT_10);
            assertThat(daveInPhysics.getId()).isNull();

            var persist = db.recorder().record(() -> em.persist(daveInPhysics));

            assertThat(persist.entries()).isEmpty();
            assertThat(daveInPhysics.getId()).isEqualTo(new EnrollmentId(4, 2));
            em.flush();
            em.getTransaction().commit();
            assertThat(daveInPhysics.getId()).isEqualTo(new EnrollmentId(4, 2));
        }
        assertThat(EnrollmentData.rows(db)).contains(EnrollmentData.row(4, 2, "2024-09-10"));
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aNewStudentsIdFromTheSequenceIsCopiedIntoTheKeyAtPersist(JpaProvider provider) {
        var factory = Approach.frameworks(db).jpa(provider);

        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var frank = new Student("Frank", 22, "B");
            em.persist(frank); // its id comes from students_seq now
            var frankInArt = new Enrollment(frank, em.getReference(Course.class, 5L), SEPT_10);
            em.persist(frankInArt);

            assertThat(frank.getId()).isNotNull();
            assertThat(frankInArt.getId()).isEqualTo(new EnrollmentId(frank.getId(), 5));
            em.getTransaction().commit();
        }
    }
}
