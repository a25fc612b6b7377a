package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.ajp.compositekeys.embeddedid.Enrollment;
import dev.ajp.compositekeys.embeddedid.EnrollmentId;
import dev.ajp.compositekeys.protectedidclass.ProtectedConstructorId;
import dev.ajp.compositekeys.protectedidclass.ProtectedIdClassEnrollment;
import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.ModuleDirectory;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.persistence.exceptions.ValidationException;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;
import org.hibernate.DuplicateMappingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the build's weaving needs, and what a persistence unit of two Enrollments and two key classes refuses. */
class WeavingAndNamesTest {

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
    void theEntitiesAreWovenAndSoIsTheEmbeddedKeyThatTheBuildDoesNotList() throws Exception {
        var listed = Files.readString(
                ModuleDirectory.of(WeavingAndNamesTest.class).resolve("src/main/weaving/META-INF/persistence.xml"));

        assertThat(listed).contains("<class>" + Enrollment.class.getName() + "</class>");
        assertThat(listed).doesNotContain("EnrollmentId");
        assertThat(List.of(Enrollment.class, dev.ajp.compositekeys.idclass.Enrollment.class, EnrollmentId.class))
                .allMatch(PersistenceWeaved.class::isAssignableFrom);
        // An @IdClass is not managed: nothing to weave.
        assertThat(PersistenceWeaved.class.isAssignableFrom(dev.ajp.compositekeys.idclass.EnrollmentId.class))
                .isFalse();
    }

    @Test
    void theWeaverNeedsTheEntitiesThatAnEnrollmentReferencesListedToo() {
        // The build's list names Student and Course, from common-model, for this reason.
        var refusal = catchThrowable(() -> StaticWeaving.weave(List.of(Enrollment.class)));

        assertThat(innermost(refusal))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("uses a non-entity [class dev.ajp.model.Student] as target entity in the"
                        + " relationship attribute [field student]");
        assertThat(((ValidationException) innermost(refusal)).getErrorCode()).isEqualTo(7250);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void twoEntitiesOfOneNameCannotShareAPersistenceUnit(JpaProvider provider) {
        var frameworks = db.frameworks(
                dev.ajp.compositekeys.samename.first.Enrollment.class,
                dev.ajp.compositekeys.samename.second.Enrollment.class);

        var refusal = innermost(catchThrowable(() -> frameworks.jpa(provider)));

        switch (provider) {
            case HIBERNATE ->
                assertThat(refusal)
                        .isInstanceOf(DuplicateMappingException.class)
                        .hasMessage("Entity classes [dev.ajp.compositekeys.samename.first.Enrollment] and"
                                + " [dev.ajp.compositekeys.samename.second.Enrollment] share the entity name"
                                + " 'Enrollment' (entity names must be distinct)");
            case ECLIPSELINK -> {
                assertThat(refusal)
                        .isInstanceOf(ValidationException.class)
                        .hasMessageContaining("Entity name must be unique in a persistence unit. Entity name"
                                + " [Enrollment] is used for the entity classes"
                                + " [dev.ajp.compositekeys.samename.first.Enrollment] and"
                                + " [dev.ajp.compositekeys.samename.second.Enrollment].");
                assertThat(((ValidationException) refusal).getErrorCode()).isEqualTo(7237);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void eclipseLinkCannotBuildAnIdClassWhoseConstructorIsNotPublic(JpaProvider provider) {
        var factory = db.frameworks(ProtectedIdClassEnrollment.class).jpa(provider);

        try (var em = factory.createEntityManager()) {
            // find takes the caller's id object: both providers find the row.
            var aliceInMathematics = em.find(ProtectedIdClassEnrollment.class, new ProtectedConstructorId(1, 1));
            assertThat(aliceInMathematics.getEnrollmentDate()).isEqualTo("2024-09-02");

            // Asking for the entity's id makes the provider build one.
            var identifier = factory.getPersistenceUnitUtil();
            switch (provider) {
                case HIBERNATE ->
                    assertThat(identifier.getIdentifier(aliceInMathematics))
                            .isEqualTo(new ProtectedConstructorId(1, 1));
                case ECLIPSELINK -> {
                    var refusal = catchThrowable(() -> identifier.getIdentifier(aliceInMathematics));
                    assertThat(refusal)
                            .hasMessageContaining(
                                    "An exception was thrown when trying to get a primary key class" + " instance.");
                    assertThat(refusal).hasStackTraceContaining("EclipseLink-222");
                    assertThat(innermost(refusal))
                            .isInstanceOf(NoSuchMethodException.class)
                            .hasMessage(ProtectedConstructorId.class.getName() + ".<init>()");
                }
            }
        }
    }

    private static Throwable innermost(Throwable thrown) {
        assertThat(thrown).isNotNull();
        var innermost = thrown;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return innermost;
    }
}
