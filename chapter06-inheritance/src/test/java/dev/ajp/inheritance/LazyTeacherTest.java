package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.inheritance.joined.JoinedCourse;
import dev.ajp.inheritance.joined.JoinedPerson;
import dev.ajp.inheritance.joined.JoinedTeacher;
import dev.ajp.inheritance.singletable.SingleTableCourse;
import dev.ajp.inheritance.singletable.SingleTablePerson;
import dev.ajp.inheritance.singletable.SingleTableTeacher;
import dev.ajp.kit.Database;
import dev.ajp.kit.RecordedStatement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A lazy {@code @ManyToOne} to the root of a hierarchy: a course's teacher, declared a person. Before the person is
 * read, nobody knows their class. Hibernate hands out a proxy of the declared class, unless the root carries
 * {@code @ConcreteProxy} (the joined hierarchy here), which reads the class along with the course. Woven EclipseLink
 * hands out no proxy at all: the getter reads the person, as their real class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LazyTeacherTest {

    private Database db;
    private EntityManagerFactory hibernateSingleTable;
    private EntityManagerFactory hibernateJoined;
    private EntityManagerFactory eclipseLinkSingleTable;
    private EntityManagerFactory eclipseLinkJoined;

    @BeforeAll
    void open() {
        db = ChapterDatabase.open();
        var singleTable = db.frameworks(JpaSingleTable.ENTITIES.toArray(Class<?>[]::new));
        var joined = db.frameworks(JpaJoined.ENTITIES.toArray(Class<?>[]::new));
        hibernateSingleTable = singleTable.hibernate();
        hibernateJoined = joined.hibernate();
        eclipseLinkSingleTable = singleTable.eclipseLink();
        eclipseLinkJoined = joined.eclipseLink();
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void hibernatesProxyIsOfTheDeclaredClassSoItIsNoTeacher() {
        try (var em = hibernateSingleTable.createEntityManager()) {
            var course = db.recorder().record(() -> em.find(SingleTableCourse.class, 1L));

            assertThat(course.count()).isEqualTo(1); // the course alone: the teacher is lazy
            var teacher = course.result().getTeacher();
            assertThat(teacher).isInstanceOf(HibernateProxy.class).isInstanceOf(SingleTablePerson.class);
            assertThat(teacher.getClass().getSuperclass()).isEqualTo(SingleTablePerson.class);
            assertThat(teacher instanceof SingleTableTeacher).isFalse();

            var name = db.recorder().record(teacher::getName);

            // Read now, as the teacher she is, behind a proxy that stays a plain person: the cast would fail.
            assertThat(name.result()).isEqualTo("Ada");
            assertThat(name.statements())
                    .singleElement()
                    .extracting(RecordedStatement::sql)
                    .isEqualTo(
                            "select stp1_0.id,stp1_0.type,stp1_0.name,stp1_0.grade,stp1_0.subject from persons stp1_0"
                                    + " where stp1_0.id=?");
            assertThat(teacher instanceof SingleTableTeacher).isFalse();
            assertThatThrownBy(() -> ((SingleTableTeacher) teacher).getSubject())
                    .isInstanceOf(ClassCastException.class);
            assertThat(Hibernate.unproxy(teacher)).isInstanceOf(SingleTableTeacher.class);
            assertThat(Hibernate.getClass(teacher)).isEqualTo(SingleTableTeacher.class);
        }
    }

    @Test
    void concreteProxyReadsTheClassWithTheCourseAndIsATeacher() {
        try (var em = hibernateJoined.createEntityManager()) {
            var course = db.recorder().record(() -> em.find(JoinedCourse.class, 1L));

            // The price: a join to the root's table, for its type column, in the course's SELECT.
            assertThat(course.statements())
                    .singleElement()
                    .extracting(RecordedStatement::sql)
                    .isEqualTo("select jc1_0.id,jc1_0.name,jc1_0.teacher_id,t1_0.type from joined_courses jc1_0"
                            + " left join joined_persons t1_0 on t1_0.id=jc1_0.teacher_id where jc1_0.id=?");
            var teacher = course.result().getTeacher();
            assertThat(teacher).isInstanceOf(HibernateProxy.class).isInstanceOf(JoinedTeacher.class);
            assertThat(Hibernate.isInitialized(teacher)).isFalse();

            var subject = db.recorder().record(() -> ((JoinedTeacher) teacher).getSubject());

            assertThat(subject.result()).isEqualTo("Mathematics");
            assertThat(subject.statements())
                    .singleElement()
                    .extracting(RecordedStatement::sql)
                    .isEqualTo("select jt1_0.id,jt1_1.name,jt1_0.subject from joined_teachers jt1_0"
                            + " join joined_persons jt1_1 on jt1_0.id=jt1_1.id where jt1_0.id=?");
        }
    }

    @Test
    void concreteProxyKnowsAPlainPersonIsNoTeacher() {
        try (var em = hibernateJoined.createEntityManager()) {
            var art = em.find(JoinedCourse.class, 3L); // given by Frank, the visiting artist

            assertThat(art.getTeacher()).isInstanceOf(HibernateProxy.class).isNotInstanceOf(JoinedTeacher.class);
            assertThat(art.getTeacher().getClass().getSuperclass()).isEqualTo(JoinedPerson.class);
        }
    }

    @Test
    void concreteProxyMakesGetReferenceAQuery() {
        try (var singleTable = hibernateSingleTable.createEntityManager();
                var joined = hibernateJoined.createEntityManager()) {
            var plain = db.recorder().record(() -> singleTable.getReference(SingleTablePerson.class, 2L));
            var concrete = db.recorder().record(() -> joined.getReference(JoinedPerson.class, 2L));

            assertThat(plain.count()).isZero();
            assertThat(plain.result()).isNotInstanceOf(SingleTableTeacher.class);
            assertThat(concrete.statements())
                    .singleElement()
                    .extracting(RecordedStatement::sql)
                    .isEqualTo("select jp1_0.type from joined_persons jp1_0 where jp1_0.id=?");
            assertThat(concrete.result()).isInstanceOf(JoinedTeacher.class);
        }
    }

    @Test
    void wovenEclipseLinkReadsTheTeacherInTheGetterAsHerRealClass() {
        assertTeacherReadInTheGetter(
                eclipseLinkSingleTable,
                em -> em.find(SingleTableCourse.class, 1L).getTeacher(),
                1);
        assertTeacherReadInTheGetter(
                eclipseLinkJoined, em -> em.find(JoinedCourse.class, 1L).getTeacher(), 2);
    }

    /** Finding the course sends 1 SELECT; its getter then sends {@code teacherSelects} and returns a real teacher. */
    private void assertTeacherReadInTheGetter(
            EntityManagerFactory emf,
            java.util.function.Function<EntityManager, Object> courseTeacher,
            int teacherSelects) {
        try (var em = emf.createEntityManager()) {
            var recording = db.recorder().record(() -> courseTeacher.apply(em));

            assertThat(recording.count()).isEqualTo(1 + teacherSelects);
            var teacher = recording.result();
            // Not a proxy: the woven course's getter loaded the person and returned the object itself.
            assertThat(teacher.getClass()).isIn(SingleTableTeacher.class, JoinedTeacher.class);
        }
    }

    @Test
    void wovenEclipseLinkLeavesTheTeacherUnreadUntilTheGetter() {
        try (var em = eclipseLinkJoined.createEntityManager()) {
            var course = db.recorder().record(() -> em.find(JoinedCourse.class, 1L));

            assertThat(course.statements())
                    .singleElement()
                    .extracting(RecordedStatement::sql)
                    .isEqualTo("SELECT ID, NAME, teacher_id FROM joined_courses WHERE (ID = ?)");

            var teacher = db.recorder().record(course.result()::getTeacher);

            // JOINED by the root's type: the row's type first, then the teacher's tables.
            assertThat(teacher.statements())
                    .extracting(RecordedStatement::sql)
                    .containsExactly(
                            "SELECT DISTINCT type FROM joined_persons WHERE (ID = ?)",
                            "SELECT t0.ID, t0.type, t0.NAME, t1.ID, t1.SUBJECT FROM joined_persons t0, joined_teachers t1"
                                    + " WHERE ((t0.ID = ?) AND ((t1.ID = t0.ID) AND (t0.type = ?)))");
            assertThat(teacher.result()).isExactlyInstanceOf(JoinedTeacher.class);
        }
    }
}
