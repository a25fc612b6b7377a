package dev.ajp.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.Logging;
import dev.ajp.kit.StatementKind;
import dev.ajp.testsupport.Console;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.persistence.exceptions.DescriptorException;
import org.eclipse.persistence.exceptions.IntegrityException;
import org.eclipse.persistence.jpa.exceptions.EntityManagerSetupException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the callbacks, the generators and the mappings of the JPA mixins do not do, on both providers. */
class CallbackPitfallsTest {

    private final TickingClock clock = new TickingClock();
    private Database db;

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
        TimestampMixin.useClock(clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void creationTimestampAndUpdateTimestampReadTheClockOnceEachTheCallbackOnce() {
        var generators = Approach.HIBERNATE_CREATION_TIMESTAMP.on(db, clock);
        var stamp = generators
                .insertStudents(List.of(new NewStudent("Alice", 22, "A")))
                .get(0);
        assertThat(clock.readings()).isEqualTo(2);
        assertThat(stamp.createdAt()).isEqualTo(TickingClock.reading(0));
        assertThat(stamp.updatedAt()).isEqualTo(TickingClock.reading(1)); // a new row, already "updated"

        var callbacks = Approach.HIBERNATE_CALLBACKS.on(db, clock);
        var mixinStamp = callbacks
                .insertStudents(List.of(new NewStudent("Bob", 21, "B")))
                .get(0);
        assertThat(clock.readings()).isEqualTo(3);
        assertThat(mixinStamp.createdAt()).isEqualTo(mixinStamp.updatedAt()).isEqualTo(TickingClock.reading(2));
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aFlushWithNothingChangedSendsNoUpdateAndCallsNoPreUpdate(JpaProvider provider) {
        var factory = factory(provider, JpaMixin.CALLBACKS);
        var alice = new MixinStudent("Alice", 22, "A");
        inTransaction(factory, em -> em.persist(alice));
        var readings = clock.readings();

        var recording = db.recorder()
                .record(() -> inTransaction(factory, em -> {
                    var found = em.find(MixinStudent.class, alice.getId());
                    found.setAge(found.getAge()); // the same value: nothing to write
                }));

        assertThat(recording.count(StatementKind.UPDATE)).isZero();
        assertThat(clock.readings()).as("readings of the clock").isEqualTo(readings);
        assertThat(reloadedUpdatedAt(factory, alice.getId())).isEqualTo(alice.getUpdatedAt());
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aJpqlUpdateWritesCreatedAtThoughItIsUpdatableFalse(JpaProvider provider) {
        var rows = (provider == JpaProvider.HIBERNATE ? Approach.HIBERNATE_CALLBACKS : Approach.ECLIPSELINK_CALLBACKS)
                .on(db, clock);
        var alice = rows.insertStudents(NewStudent.fromTheTutorial()).get(0);
        var longAgo = Instant.parse("2000-01-01T00:00:00Z");

        var changed = inTransactionReturning(
                factory(provider, JpaMixin.CALLBACKS),
                em -> em.createQuery("update MixinStudent s set s.createdAt = :longAgo")
                        .setParameter("longAgo", longAgo)
                        .executeUpdate());

        // updatable = false keeps the column out of the UPDATEs the provider writes for an entity, not out of JPQL.
        assertThat(changed).isEqualTo(5);
        assertThat(rows.reload(alice.id()).createdAt()).isEqualTo(longAgo);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aDatabaseDefaultStaysNullInTheEntityUntilItIsRefreshed(JpaProvider provider) {
        var factory = factory(provider, JpaMixin.DATABASE_CLOCK);
        try (var em = factory.createEntityManager()) {
            var alice = new DatabaseClockStudent("Alice", 22, "A");
            em.getTransaction().begin();
            em.persist(alice);
            em.getTransaction().commit();

            // insertable = false: the database filled both columns, the provider did not read them.
            assertThat(alice.getCreatedAt()).isNull();
            assertThat(alice.getUpdatedAt()).isNull();

            em.refresh(alice);
            var stored = db.frameworks()
                    .jdbi()
                    .withHandle(h -> h.createQuery("select created_at from db_clock_students where id = :id")
                            .bind("id", alice.getId())
                            .map((rs, ctx) ->
                                    rs.getObject(1, OffsetDateTime.class).toInstant())
                            .one());
            assertThat(alice.getCreatedAt()).isEqualTo(stored);
            assertThat(alice.getUpdatedAt()).isEqualTo(stored);
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void callbacksOnAnEmbeddableRunOnHibernateOnlyAndHibernateWarnsAboutThem(JpaProvider provider) {
        var frameworks = db.frameworks(EmbeddedStudent.class, EmbeddedTimestamps.class);
        var started = Console.capture(() -> frameworks.jpa(provider));
        var factory = frameworks.jpa(provider);
        var alice = new EmbeddedStudent("Alice", 22, "A");

        switch (provider) {
            case HIBERNATE -> {
                assertThat(started)
                        .contains("HHH90000035: Callback method annotated '@jakarta.persistence.PrePersist' declared by"
                                + " embeddable class 'dev.ajp.mixins.EmbeddedTimestamps' relies on an undocumented and"
                                + " unsupported capability");
                inTransaction(factory, em -> em.persist(alice));
                assertThat(alice.getTimestamps().getCreatedAt()).isNotNull();
            }
            case ECLIPSELINK -> {
                assertThat(started).isEmpty();
                Logging.quiet("org.eclipse.persistence");
                assertThatThrownBy(() -> inTransaction(factory, em -> em.persist(alice)))
                        .isInstanceOf(RollbackException.class)
                        .satisfies(e -> assertThat(e.getMessage().toLowerCase())
                                .contains(
                                        db.settings().kind() == DatabaseSettings.Kind.H2
                                                ? "null not allowed for column \"created_at\""
                                                : "null value in column \"created_at\""));
                assertThat(alice.getTimestamps().getCreatedAt()).isNull();
            }
        }
    }

    @Test
    void eclipseLinksReturnInsertDeploysOnPostgresOnly() {
        var frameworks = db.frameworks(JpaMixin.RETURNING.managedClasses());
        if (db.settings().kind() == DatabaseSettings.Kind.H2) {
            Logging.quiet("org.eclipse.persistence");
            // The chain: the deployment failed (28019), because the descriptor check found returning fields on a
            // platform without RETURNING (193, listed by an IntegrityException).
            assertThatThrownBy(frameworks::eclipseLink)
                    .isInstanceOf(PersistenceException.class)
                    .hasMessageStartingWith("Exception [EclipseLink-28019]")
                    .satisfies(refusal -> {
                        var setup = refusal.getCause();
                        assertThat(setup)
                                .isInstanceOfSatisfying(
                                        EntityManagerSetupException.class,
                                        e -> assertThat(e.getErrorCode()).isEqualTo(28019));
                        assertThat(setup.getCause()).isInstanceOf(IntegrityException.class);
                        var caught = ((IntegrityException) setup.getCause())
                                .getIntegrityChecker()
                                .getCaughtExceptions();
                        // One for each class and each returning query (@ReturnInsert, @ReturnUpdate)
                        assertThat(caught)
                                .allSatisfy(c -> assertThat(c)
                                        .isInstanceOfSatisfying(
                                                DescriptorException.class,
                                                d -> assertThat(d.getErrorCode())
                                                        .isEqualTo(193))
                                        .hasMessageContaining("ReturningPolicy contains field(s) to be returned and"
                                                + " [H2Platform] does not support generating call with returning."))
                                .extracting(c -> ((DescriptorException) c)
                                                .getDescriptor()
                                                .getJavaClass()
                                                .getSimpleName()
                                        + " "
                                        + c.getMessage().replaceAll("(?s).*There is no custom \\[(\\w+)\\].*", "$1"))
                                .containsExactlyInAnyOrder(
                                        "ReturningStudent InsertObjectQuery",
                                        "ReturningStudent UpdateObjectQuery",
                                        "ReturningCourse InsertObjectQuery",
                                        "ReturningCourse UpdateObjectQuery");
                        assertThat(setup.getCause().getCause()).isNull();
                    });
        } else {
            assertThat(frameworks.eclipseLink().isOpen()).isTrue();
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private EntityManagerFactory factory(JpaProvider provider, JpaMixin mixin) {
        return db.frameworks(mixin.managedClasses()).jpa(provider);
    }

    private Instant reloadedUpdatedAt(EntityManagerFactory factory, long id) {
        try (var em = factory.createEntityManager()) {
            return em.find(MixinStudent.class, id).getUpdatedAt();
        }
    }

    private static void inTransaction(EntityManagerFactory factory, Consumer<EntityManager> work) {
        inTransactionReturning(factory, em -> {
            work.accept(em);
            return null;
        });
    }

    private static <T> T inTransactionReturning(
            EntityManagerFactory factory, java.util.function.Function<EntityManager, T> work) {
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var result = work.apply(em);
            em.getTransaction().commit();
            return result;
        }
    }
}
