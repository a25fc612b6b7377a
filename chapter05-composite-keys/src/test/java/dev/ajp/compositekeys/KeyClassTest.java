package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.compositekeys.embeddedid.EnrollmentId;
import dev.ajp.compositekeys.identitykey.IdentityKey;
import dev.ajp.compositekeys.identitykey.IdentityKeyEnrollment;
import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.StatementKind;
import dev.ajp.testsupport.Console;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The rules of a key class, each with what happens when it is broken. */
class KeyClassTest {

    private static final List<Class<?>> KEY_CLASSES =
            List.of(EnrollmentId.class, dev.ajp.compositekeys.idclass.EnrollmentId.class);

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
    void twoKeysOfTheSameIdsAreEqualAndHashAlike() {
        var embedded = new EnrollmentId(1, 3);
        var idClass = new dev.ajp.compositekeys.idclass.EnrollmentId(1, 3);

        assertThat(embedded).isEqualTo(new EnrollmentId(1, 3)).isNotEqualTo(new EnrollmentId(3, 1));
        assertThat(embedded.hashCode()).isEqualTo(new EnrollmentId(1, 3).hashCode());
        assertThat(idClass)
                .isEqualTo(new dev.ajp.compositekeys.idclass.EnrollmentId(1, 3))
                .isNotEqualTo(new dev.ajp.compositekeys.idclass.EnrollmentId(3, 1));
        assertThat(idClass.hashCode()).isEqualTo(new dev.ajp.compositekeys.idclass.EnrollmentId(1, 3).hashCode());
        assertThat(new HashSet<>(List.of(new EnrollmentId(1, 3), new EnrollmentId(1, 3))))
                .hasSize(1);
    }

    @Test
    void keysAreSerializableAndComeBackEqual() throws Exception {
        for (var key :
                List.<Serializable>of(new EnrollmentId(1, 3), new dev.ajp.compositekeys.idclass.EnrollmentId(1, 3))) {
            assertThat(roundTrip(key)).isEqualTo(key).isNotSameAs(key);
        }
    }

    @Test
    void keysCannotBeChangedByTheApplication() {
        for (var key : KEY_CLASSES) {
            assertThat(Arrays.stream(key.getMethods()).map(m -> m.getName()))
                    .as(key.getName())
                    .noneMatch(name -> name.startsWith("set"));
            assertThat(Arrays.stream(key.getDeclaredFields())
                            .filter(f -> !Modifier.isStatic(f.getModifiers()))
                            .filter(f -> !f.getName().startsWith("_persistence_")))
                    .as(key.getName())
                    .isNotEmpty()
                    .allMatch(f -> Modifier.isPrivate(f.getModifiers()));
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void twoEqualKeysFindTheSameEntityWithOneSelect(JpaProvider provider) {
        var factory = Approach.frameworks(db).jpa(provider);

        var embedded = db.recorder()
                .record(() -> findTwice(
                        factory,
                        em -> em.find(dev.ajp.compositekeys.embeddedid.Enrollment.class, new EnrollmentId(3, 3))));
        var idClass = db.recorder()
                .record(() -> findTwice(
                        factory,
                        em -> em.find(
                                dev.ajp.compositekeys.idclass.Enrollment.class,
                                new dev.ajp.compositekeys.idclass.EnrollmentId(3, 3))));

        for (var recording : List.of(embedded, idClass)) {
            assertThat(recording.result()).isTrue();
            // The second find is answered by the persistence context.
            assertThat(recording.count()).isEqualTo(1);
            assertThat(recording.count(StatementKind.SELECT)).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void anIdClassEntityHasNoKeyObjectAndReadingTheKeyThroughItsRelationshipLoadsTheStudentOnEclipseLink(
            JpaProvider provider) {
        var factory = Approach.frameworks(db).jpa(provider);

        try (var em = factory.createEntityManager()) {
            var carolInChemistry = em.find(
                    dev.ajp.compositekeys.idclass.Enrollment.class,
                    new dev.ajp.compositekeys.idclass.EnrollmentId(3, 3));

            var studentId =
                    db.recorder().record(() -> carolInChemistry.getStudent().getId());

            assertThat(studentId.result()).isEqualTo(3L);
            switch (provider) {
                // A Hibernate proxy knows its id without loading.
                case HIBERNATE -> assertThat(studentId.count()).isZero();
                // EclipseLink's woven lazy relationship loads the student to return it.
                case ECLIPSELINK ->
                    assertThat(studentId.statements())
                            .singleElement()
                            .satisfies(
                                    s -> assertThat(s.sql()).startsWith("SELECT ID, AGE, GRADE, NAME FROM students"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aKeyWithoutEqualsStillFindsItsRowButIsLostInTheApplicationsSets(JpaProvider provider) {
        var factory = db.frameworks(IdentityKeyEnrollment.class).jpa(provider);

        // The providers compare the key's column values, not the key objects: this still works.
        assertThat(findTwice(factory, em -> em.find(IdentityKeyEnrollment.class, new IdentityKey(1, 1))))
                .isTrue();

        // The application's own code compares key objects. Alice's Mathematics, read in two requests:
        var keys = new HashSet<IdentityKey>();
        for (var request = 0; request < 2; request++) {
            try (var em = factory.createEntityManager()) {
                keys.add(em.find(IdentityKeyEnrollment.class, new IdentityKey(1, 1))
                        .getId());
            }
        }
        assertThat(keys).hasSize(2); // one row, two "different" keys
        assertThat(keys.contains(new IdentityKey(1, 1))).isFalse();

        // The same with the chapter's key class: one key, found again.
        var realKeys = new HashSet<EnrollmentId>();
        var chapterFactory = Approach.frameworks(db).jpa(provider);
        for (var request = 0; request < 2; request++) {
            try (var em = chapterFactory.createEntityManager()) {
                realKeys.add(em.find(dev.ajp.compositekeys.embeddedid.Enrollment.class, new EnrollmentId(1, 1))
                        .getId());
            }
        }
        assertThat(realKeys).containsExactly(new EnrollmentId(1, 1));
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void onlyHibernateWarnsAtStartThatAKeyClassDoesNotOverrideEquals(JpaProvider provider) {
        var printed =
                Console.capture(() -> db.frameworks(IdentityKeyEnrollment.class).jpa(provider));

        switch (provider) {
            case HIBERNATE ->
                assertThat(printed)
                        .contains("HHH000038: Composite id class does not override equals(): "
                                + IdentityKey.class.getName());
            case ECLIPSELINK -> assertThat(printed).doesNotContain(IdentityKey.class.getSimpleName());
        }
    }

    /** Finds an entity twice, with two key objects, in one EntityManager: whether both finds return one object. */
    private static boolean findTwice(
            EntityManagerFactory factory, Function<jakarta.persistence.EntityManager, ?> find) {
        try (var em = factory.createEntityManager()) {
            var first = find.apply(em);
            var second = find.apply(em);
            return first != null && first == second;
        }
    }

    private static Object roundTrip(Serializable key) throws IOException, ClassNotFoundException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(key);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
