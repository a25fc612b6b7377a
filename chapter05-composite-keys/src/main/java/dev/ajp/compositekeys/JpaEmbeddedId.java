package dev.ajp.compositekeys;

import static dev.ajp.compositekeys.JpaTransactions.inTransaction;

import dev.ajp.compositekeys.embeddedid.Enrollment;
import dev.ajp.compositekeys.embeddedid.EnrollmentId;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The key as one embedded object: {@link Enrollment} has an {@code @EmbeddedId} of class {@link EnrollmentId}, and
 * {@code @MapsId} on its two {@code @ManyToOne}s fills that key from the student and the course. The same code runs
 * on Hibernate and on EclipseLink.
 *
 * <p>SQL: enrolling sends one INSERT per course; finding by the key one SELECT; each list one SELECT with two joins;
 * changing a date and removing read the row first (one SELECT) and then send one UPDATE or DELETE, as an entity's
 * life goes; enrolling if absent is one native statement. EclipseLink adds two SELECTs to a change or a removal: at
 * commit it fills the {@code @MapsId} key again, which loads the student and the course (see {@link Enrollment}).
 */
public final class JpaEmbeddedId implements Enrollments {

    private final EntityManagerFactory factory;
    private final DatabaseSettings.Kind database;

    public JpaEmbeddedId(EntityManagerFactory factory, DatabaseSettings.Kind database) {
        this.factory = factory;
        this.database = database;
    }

    @Override
    public void enroll(long studentId, List<Long> courseIds, LocalDate date) {
        inTransaction(factory, em -> {
            // tag::enroll[]
            // A reference is enough: the row needs the student's id, not the student (no SELECT).
            var student = em.getReference(Student.class, studentId);
            for (var courseId : courseIds) {
                try {
                    em.persist(new Enrollment(student, em.getReference(Course.class, courseId), date));
                    em.flush(); // this pair's INSERT now: a refusal is then known by its pair
                } catch (PersistenceException e) {
                    throw EnrollmentException.of(new EnrollmentKey(studentId, courseId), e);
                }
            }
            // end::enroll[]
            return null;
        });
    }

    @Override
    public Optional<EnrollmentRow> find(EnrollmentKey key) {
        try (var em = factory.createEntityManager()) {
            // tag::find[]
            var enrollment = em.find(Enrollment.class, new EnrollmentId(key.studentId(), key.courseId()));
            // end::find[]
            return Optional.ofNullable(enrollment).map(e -> new EnrollmentRow(keyOf(e), e.getEnrollmentDate()));
        }
    }

    @Override
    public List<Enrolled> coursesOf(long studentId) {
        try (var em = factory.createEntityManager()) {
            // tag::courses-of[]
            return em.createQuery("""
                            select new dev.ajp.compositekeys.Enrolled(s.name, c.courseName, e.enrollmentDate)
                              from EnrollmentWithEmbeddedId e join e.student s join e.course c
                             where e.student.id = :studentId
                             order by e.course.id""", Enrolled.class)
                    .setParameter("studentId", studentId)
                    .getResultList();
            // end::courses-of[]
        }
    }

    @Override
    public List<Enrolled> studentsOf(long courseId) {
        try (var em = factory.createEntityManager()) {
            return em.createQuery("""
                            select new dev.ajp.compositekeys.Enrolled(s.name, c.courseName, e.enrollmentDate)
                              from EnrollmentWithEmbeddedId e join e.student s join e.course c
                             where e.course.id = :courseId
                             order by e.student.id""", Enrolled.class)
                    .setParameter("courseId", courseId)
                    .getResultList();
        }
    }

    @Override
    public boolean changeDate(EnrollmentKey key, LocalDate date) {
        return inTransaction(factory, em -> {
            var enrollment = em.find(Enrollment.class, new EnrollmentId(key.studentId(), key.courseId()));
            if (enrollment == null) {
                return false;
            }
            enrollment.setEnrollmentDate(date); // dirty: one UPDATE at commit
            return true;
        });
    }

    @Override
    public boolean remove(EnrollmentKey key) {
        return inTransaction(factory, em -> {
            var enrollment = em.find(Enrollment.class, new EnrollmentId(key.studentId(), key.courseId()));
            if (enrollment == null) {
                return false;
            }
            em.remove(enrollment); // one DELETE of this row at commit
            return true;
        });
    }

    @Override
    public boolean enrollIfAbsent(EnrollmentKey key, LocalDate date) {
        // tag::enroll-if-absent[]
        try {
            var inserted = inTransaction(
                    factory,
                    em -> em.createNativeQuery(IdempotentEnrollment.sql(database))
                            .setParameter(1, key.studentId())
                            .setParameter(2, key.courseId())
                            .setParameter(3, date)
                            .executeUpdate()); // 1: inserted; 0: it was there
            return inserted == 1;
        } catch (PersistenceException e) {
            var refusal = EnrollmentException.of(key, e);
            if (IdempotentEnrollment.anotherCallerEnrolledIt(refusal)) {
                return false; // H2's MERGE lost a race: the pair is enrolled, by the other caller
            }
            throw refusal; // an unknown student or course is still an error
        }
        // end::enroll-if-absent[]
    }

    private static EnrollmentKey keyOf(Enrollment enrollment) {
        return new EnrollmentKey(
                enrollment.getId().getStudentId(), enrollment.getId().getCourseId());
    }
}
