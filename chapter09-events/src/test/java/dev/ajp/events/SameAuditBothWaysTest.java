package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.InstantAsOffsetDateTime;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The application's hooks and the database's triggers, side by side, on H2 and PostgreSQL: they leave the same rows;
 * both write in the insert's own transaction; and only the trigger sees an INSERT that does not go through an entity.
 */
class SameAuditBothWaysTest {

    static Stream<Arguments> applicationHooksAndTheTrigger() {
        return Stream.of(
                Arguments.of(Approach.HIBERNATE_JPA_CALLBACKS, Approach.HIBERNATE_TRIGGER),
                Arguments.of(Approach.HIBERNATE_EVENT_LISTENER, Approach.HIBERNATE_TRIGGER),
                Arguments.of(Approach.ECLIPSELINK_JPA_CALLBACKS, Approach.ECLIPSELINK_TRIGGER),
                Arguments.of(Approach.ECLIPSELINK_DESCRIPTOR_LISTENER, Approach.ECLIPSELINK_TRIGGER),
                Arguments.of(Approach.JDBI_DAO, Approach.JDBI_TRIGGER));
    }

    record Written(List<Rows.StudentRow> students, List<Rows.Audit> audit) {}

    @ParameterizedTest(name = "{0} and {1}")
    @MethodSource("applicationHooksAndTheTrigger")
    void theApplicationsHooksAndTheTriggerWriteTheSameRows(Approach inTheApplication, Approach inTheDatabase) {
        var students = new ArrayList<NewStudent>();
        students.add(NewStudent.kevin());
        students.addAll(NewStudent.generated(4));

        var byTheApplication = written(inTheApplication, students);
        var byTheTrigger = written(inTheDatabase, students);

        assertThat(byTheApplication).isEqualTo(byTheTrigger);
        assertThat(byTheApplication.students()).hasSize(5).first().isEqualTo(new Rows.StudentRow(1, "Kevin"));
        assertThat(byTheApplication.audit()).hasSize(5);
    }

    private static Written written(Approach approach, List<NewStudent> students) {
        try (var db = ChapterDatabase.setup(approach).open()) {
            approach.on(db).insert(students);
            return new Written(Rows.students(db), Rows.auditWithoutTime(db));
        }
    }

    /** The JPA ways to get the audit row written: a factory for an entity, and the entity for Kevin. */
    enum JpaHook {
        HIBERNATE_JPA_CALLBACKS(false),
        ECLIPSELINK_JPA_CALLBACKS(false),
        HIBERNATE_EVENT_LISTENER(false),
        ECLIPSELINK_DESCRIPTOR_LISTENER(false),
        HIBERNATE_TRIGGER(true),
        ECLIPSELINK_TRIGGER(true);

        final boolean trigger;

        JpaHook(boolean trigger) {
            this.trigger = trigger;
        }

        EntityManagerFactory factory(Database db) {
            return switch (this) {
                case HIBERNATE_JPA_CALLBACKS ->
                    db.frameworks(CallbackStudent.class, InstantAsOffsetDateTime.class)
                            .hibernate();
                case ECLIPSELINK_JPA_CALLBACKS ->
                    db.frameworks(CallbackStudent.class, InstantAsOffsetDateTime.class)
                            .eclipseLink();
                case HIBERNATE_EVENT_LISTENER ->
                    db.frameworks(Student.class, Course.class)
                            .hibernate(HibernateListenerIntegrator.settings(HibernateNormaliseAndAudit.class));
                case ECLIPSELINK_DESCRIPTOR_LISTENER ->
                    db.frameworks(Student.class, Course.class).eclipseLink(EclipseLinkListenerCustomizer.SETTINGS);
                case HIBERNATE_TRIGGER ->
                    db.frameworks(Student.class, Course.class).hibernate();
                case ECLIPSELINK_TRIGGER ->
                    db.frameworks(Student.class, Course.class).eclipseLink();
            };
        }

        Object kevin() {
            return switch (this) {
                case HIBERNATE_JPA_CALLBACKS, ECLIPSELINK_JPA_CALLBACKS -> new CallbackStudent("  kevin ", 23, "B");
                default -> new Student("  kevin ", 23, "B");
            };
        }
    }

    @ParameterizedTest
    @EnumSource(JpaHook.class)
    void theAuditRowIsWrittenInTheInsertsTransactionAndARollbackTakesItBack(JpaHook hook) {
        try (var db = ChapterDatabase.setup().open()) {
            if (hook.trigger) {
                ChapterDatabase.installTriggers(db);
            }
            try (var em = hook.factory(db).createEntityManager()) {
                em.getTransaction().begin();
                em.persist(hook.kevin());
                em.flush();
                var insideTheTransaction = em.createNativeQuery("select count(*) from student_audit")
                        .getSingleResult();
                em.getTransaction().rollback();

                assertThat(((Number) insideTheTransaction).intValue()).isEqualTo(1);
            }
            assertThat(Rows.students(db)).isEmpty();
            assertThat(Rows.audit(db)).isEmpty();
        }
    }

    @Test
    void jdbisInsertAndTheTriggersAuditRowAreRolledBackTogether() {
        try (var db = ChapterDatabase.setup().open()) {
            ChapterDatabase.installTriggers(db);

            int insideTheTransaction = db.frameworks().jdbi().withHandle(handle -> {
                handle.begin();
                handle.execute("insert into students (id, name, age, grade) values (1, '  kevin ', 23, 'B')");
                var audit = handle.createQuery("select count(*) from student_audit")
                        .mapTo(Integer.class)
                        .one();
                handle.rollback();
                return audit;
            });

            assertThat(insideTheTransaction).isEqualTo(1);
            assertThat(Rows.students(db)).isEmpty();
            assertThat(Rows.audit(db)).isEmpty();
        }
    }

    /** An INSERT that bypasses the entities, sent through each framework. */
    enum BulkInsert {
        HIBERNATE_HQL,
        ECLIPSELINK_NATIVE_SQL,
        JDBI_BATCH
    }

    @ParameterizedTest
    @EnumSource(BulkInsert.class)
    void anInsertThatBypassesTheEntitiesFiresTheTriggerButNoEntityListener(BulkInsert bulk) {
        // With the application's hooks installed: they do not run, the row keeps its name and has no audit row.
        try (var db = ChapterDatabase.setup().open()) {
            insert(db, bulk, true);
            assertThat(Rows.students(db)).extracting(Rows.StudentRow::name).containsExactly("  kevin ");
            assertThat(Rows.audit(db)).isEmpty();
        }
        // With the triggers: they run for every row, whoever sends it.
        try (var db = ChapterDatabase.setup().open()) {
            ChapterDatabase.installTriggers(db);
            insert(db, bulk, false);
            assertThat(Rows.students(db)).extracting(Rows.StudentRow::name).containsExactly("Kevin");
            assertThat(Rows.auditWithoutTime(db)).containsExactly(new Rows.Audit(1, "INSERT"));
        }
    }

    /** Kevin, id 1, sent as one INSERT statement, with the framework's listeners installed or not. */
    private static void insert(Database db, BulkInsert bulk, boolean withListeners) {
        switch (bulk) {
            case HIBERNATE_HQL -> {
                var factory = db.frameworks(Student.class, Course.class)
                        .hibernate(
                                withListeners
                                        ? HibernateListenerIntegrator.settings(HibernateNormaliseAndAudit.class)
                                        : Map.of());
                // tag::hql-insert[]
                inTransaction(
                        factory,
                        em -> em.createQuery(
                                        "insert into Student (id, name, age, grade) values (1, '  kevin ', 23, 'B')")
                                .executeUpdate()); // HQL has INSERT; one SQL INSERT, no entity, no entity event
                // end::hql-insert[]
            }
            case ECLIPSELINK_NATIVE_SQL -> {
                var factory = db.frameworks(Student.class, Course.class)
                        .eclipseLink(withListeners ? EclipseLinkListenerCustomizer.SETTINGS : Map.of());
                inTransaction(
                        factory,
                        em -> em.createNativeQuery(
                                        "insert into students (id, name, age, grade) values (1, '  kevin ', 23, 'B')")
                                .executeUpdate());
            }
            case JDBI_BATCH ->
                new JdbiBatchInsert(db.frameworks().jdbi(), db.settings().kind()).insert(List.of(NewStudent.kevin()));
        }
    }

    @Test
    void eclipseLinksJpqlHasNoInsert() {
        try (var db = ChapterDatabase.setup().open()) {
            var factory = db.frameworks(Student.class, Course.class).jpa(JpaProvider.ECLIPSELINK);
            try (var em = factory.createEntityManager()) {
                assertThatThrownBy(() -> em.createQuery(
                                "insert into Student (id, name, age, grade) values (1, 'Kevin', 23, 'B')"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("has to be either SELECT, UPDATE or DELETE FROM");
            }
        }
    }

    private static void inTransaction(
            EntityManagerFactory factory, Function<jakarta.persistence.EntityManager, ?> work) {
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            work.apply(em);
            em.getTransaction().commit();
        }
    }
}
