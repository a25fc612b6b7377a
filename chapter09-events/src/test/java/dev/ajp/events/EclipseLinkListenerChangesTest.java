package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where an EclipseLink descriptor event may change a value, on the woven entities the kit requires, on H2 and
 * PostgreSQL alike. EclipseLink builds an INSERT's row from the object after {@code preInsert}: a plain setter works
 * there as well as {@code updateAttributeWithObject}. Changing only the row, in {@code aboutToInsert}, leaves the object
 * stale. In {@code preUpdate} it is the other way round from what the name suggests: the setter reaches the UPDATE,
 * {@code updateAttributeWithObject} does not.
 */
class EclipseLinkListenerChangesTest {

    private Database db;

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** {@code preInsert} that normalises with the setter only. */
    public static final class SetterInPreInsert extends DescriptorEventAdapter implements AddsItself {
        @Override
        public void preInsert(DescriptorEvent event) {
            var student = (Student) event.getSource();
            student.setName(StudentNames.normalise(student.getName()));
        }
    }

    /** {@code aboutToInsert} that normalises the row EclipseLink is about to write, not the object. */
    public static final class RowInAboutToInsert extends DescriptorEventAdapter implements AddsItself {
        // tag::about-to-insert[]
        @Override
        public void aboutToInsert(DescriptorEvent event) {
            var row = event.getRecord(); // the column values of the INSERT, already taken from the object
            row.put("NAME", StudentNames.normalise((String) row.get("NAME")));
        }
        // end::about-to-insert[]
    }

    /** {@code preUpdate} that normalises with the setter. */
    public static final class SetterInPreUpdate extends DescriptorEventAdapter implements AddsItself {
        @Override
        public void preUpdate(DescriptorEvent event) {
            var student = (Student) event.getSource();
            student.setName(StudentNames.normalise(student.getName()));
        }
    }

    /** {@code preUpdate} that normalises with {@code updateAttributeWithObject}. */
    public static final class UpdateAttributeInPreUpdate extends DescriptorEventAdapter implements AddsItself {
        @Override
        public void preUpdate(DescriptorEvent event) {
            var student = (Student) event.getSource();
            event.updateAttributeWithObject("name", StudentNames.normalise(student.getName()));
        }
    }

    /** A listener that is its own customizer: EclipseLink creates it by name and it adds itself to the descriptor. */
    interface AddsItself extends DescriptorCustomizer {
        @Override
        default void customize(ClassDescriptor descriptor) {
            descriptor.getEventManager().addListener((DescriptorEventAdapter) this);
        }
    }

    /** EclipseLink with a listener on Student, and its shared cache on: what the cache keeps shows too. */
    private EntityManagerFactory eclipseLinkWith(Class<?> listener) {
        var customizer =
                listener == EclipseLinkNormaliseAndAudit.class ? EclipseLinkListenerCustomizer.class : listener;
        return db.frameworks(Student.class, Course.class)
                .eclipseLink(Map.of(
                        "eclipselink.descriptor.customizer.Student",
                        customizer.getName(),
                        "eclipselink.cache.shared.default",
                        "true"));
    }

    @ParameterizedTest
    @ValueSource(classes = {SetterInPreInsert.class, EclipseLinkNormaliseAndAudit.class})
    void inPreInsertTheSetterAndUpdateAttributeWithObjectBothReachTheInsertTheObjectAndTheCache(Class<?> listener) {
        var factory = eclipseLinkWith(listener);
        var kevin = new Student("  kevin ", 23, "B");
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(kevin);
            em.getTransaction().commit();

            var later = db.recorder().record(() -> {
                em.getTransaction().begin();
                em.getTransaction().commit();
            });
            assertThat(later.count()).as("no UPDATE afterwards").isZero();
        }
        assertThat(kevin.getName()).isEqualTo("Kevin");
        assertThat(AfterTheTrigger.nameInTheDatabase(db, kevin.getId())).isEqualTo("Kevin");
        try (var em = factory.createEntityManager()) {
            var found = db.recorder()
                    .record(() -> em.find(Student.class, kevin.getId()).getName());
            assertThat(found.result()).as("the shared cache").isEqualTo("Kevin");
            assertThat(found.count()).isZero();
        }
    }

    @Test
    void changingOnlyTheRowInAboutToInsertWritesTheNewNameButLeavesTheObjectStale() {
        var factory = eclipseLinkWith(RowInAboutToInsert.class);
        var kevin = new Student("  kevin ", 23, "B");
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(kevin);
            em.getTransaction().commit();
        }
        assertThat(AfterTheTrigger.nameInTheDatabase(db, kevin.getId())).isEqualTo("Kevin");
        assertThat(kevin.getName()).isEqualTo("  kevin ");
        try (var em = factory.createEntityManager()) {
            var found = db.recorder()
                    .record(() -> em.find(Student.class, kevin.getId()).getName());
            assertThat(found.result())
                    .as("the shared cache, built from the object")
                    .isEqualTo("  kevin ");
            assertThat(found.count()).isZero();
        }
    }

    @Test
    void inPreUpdateTheSetterReachesTheUpdate() {
        var bob = renameBob(SetterInPreUpdate.class);

        assertThat(bob.inMemory()).isEqualTo("Bob");
        assertThat(bob.inDatabase()).isEqualTo("Bob");
    }

    @Test
    void inPreUpdateUpdateAttributeWithObjectChangesTheObjectButNotTheUpdate() {
        var bob = renameBob(UpdateAttributeInPreUpdate.class);

        assertThat(bob.inMemory()).isEqualTo("Bob");
        assertThat(bob.inDatabase()).as("what the UPDATE wrote").isEqualTo("  bob ");
    }

    record Renamed(String inMemory, String inDatabase) {}

    /** Renames Bob (id 2) to {@code "  bob "}, one UPDATE, with the listener on the factory. */
    private Renamed renameBob(Class<?> listener) {
        var factory = eclipseLinkWith(listener);
        try (var em = factory.createEntityManager()) {
            var recording = db.recorder().record(() -> {
                em.getTransaction().begin();
                var bob = em.find(Student.class, 2L);
                bob.setName("  bob ");
                em.getTransaction().commit();
                return bob.getName();
            });
            assertThat(recording.outline())
                    .containsExactly("select", "setAutoCommit(false)", "update", "commit", "setAutoCommit(true)");
            return new Renamed(recording.result(), AfterTheTrigger.nameInTheDatabase(db, 2));
        }
    }
}
