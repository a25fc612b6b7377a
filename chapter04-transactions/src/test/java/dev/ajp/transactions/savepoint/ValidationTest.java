package dev.ajp.transactions.savepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.StatementKind;
import dev.ajp.transactions.ChapterDatabase;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bean Validation with both JPA providers: with Hibernate Validator on the class path each checks the constraints of
 * {@link ValidatedStudent} by itself, and refuses the invalid student before its INSERT is written. Where each checks
 * differs, and so does what the check does to the transaction (see {@link NaivePortTest} for the loss it causes).
 */
class ValidationTest {

    private Database db;

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void bothProvidersValidateByThemselvesBeforeTheInsertIsSent(JpaProvider provider) {
        var factory = Approach.validated(db).jpa(provider);
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var invalid = new ValidatedStudent("Invalid Student", -1, "C");

            var recording = db.recorder()
                    .record(() -> assertThatThrownBy(() -> {
                                em.persist(invalid);
                                // EclipseLink validates in persist() (the JPA PrePersist event); Hibernate when it is
                                // about
                                // to write the INSERT, at flush.
                                if (provider == JpaProvider.HIBERNATE) {
                                    em.flush();
                                }
                            })
                            .isInstanceOf(ConstraintViolationException.class)
                            .satisfies(e -> assertThat(((ConstraintViolationException) e).getConstraintViolations())
                                    .singleElement()
                                    .satisfies(v -> {
                                        assertThat(v.getPropertyPath()).hasToString("age");
                                        assertThat(v.getInvalidValue()).isEqualTo(-1);
                                    })));

            assertThat(recording.count(StatementKind.INSERT)).isZero();
            // ...and the transaction can only be rolled back now.
            assertThat(em.getTransaction().getRollbackOnly()).isTrue();
            em.getTransaction().rollback();
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void hibernateLetsPersistPassAndEclipseLinkDoesNot(JpaProvider provider) {
        var factory = Approach.validated(db).jpa(provider);
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var invalid = new ValidatedStudent("Invalid Student", -1, "C");
            switch (provider) {
                case HIBERNATE -> {
                    em.persist(invalid); // accepted: the check comes at flush
                    assertThat(em.contains(invalid)).isTrue();
                }
                case ECLIPSELINK ->
                    assertThatThrownBy(() -> em.persist(invalid)).isInstanceOf(ConstraintViolationException.class);
            }
            em.getTransaction().rollback();
        }
    }

    @Test
    void theValidatorChecksTheRecordOfJdbiOnceWithTheSchemasRule() {
        var violations = StudentValidator.get().validate(NewStudent.INVALID);

        assertThat(violations)
                .singleElement()
                .extracting(ConstraintViolation::getMessage)
                .isEqualTo("must be greater than or equal to 0");
        assertThat(StudentValidator.get().validate(NewStudent.KEVIN)).isEmpty();
        assertThat(StudentValidator.get().validate(new NewStudent(" ", 20, "ABC")))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("name", "grade");
    }
}
