package dev.ajp.compositekeys;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Every enrollment with its student's and course's names, by walking the entities' relationships as the tutorial's
 * program walks {@code enrollment.student} and {@code enrollment.course}: read the enrollments, then ask each for its
 * student and course, in one EntityManager.
 *
 * <p>SQL, {@link Loading#LAZY}: one SELECT of the enrollments, then one per student and one per course the first time
 * one of them is touched; the persistence context holds what it has loaded, so a student or course met again costs
 * nothing. {@link Loading#FETCH_JOIN}: one SELECT that joins both. Jdbi has no relationships to walk: its answer is
 * the join written out, one SELECT.
 *
 * <p>The order is the key's: student id, then course id. The {@code @EmbeddedId} entity names the key's own columns
 * ({@code e.id.studentId}); the {@code @IdClass} entity has no key attribute and sorts by {@code e.student.id}, which
 * EclipseLink translates into a join of {@code students} and {@code courses} even in the lazy walk (to sort by their
 * ids), where Hibernate sorts by the foreign key columns.
 */
public final class EveryEnrollment {

    /** How the JPA walk gets the student and the course of each enrollment. */
    public enum Loading {
        /** When first touched: the mappings' {@code FetchType.LAZY}. */
        LAZY,
        /** With the enrollments, by {@code join fetch} on both relationships. */
        FETCH_JOIN
    }

    private EveryEnrollment() {}

    /** The {@code @EmbeddedId} + {@code @MapsId} mapping. */
    public static List<Enrolled> embeddedId(EntityManagerFactory factory, Loading loading) {
        return walk(
                factory,
                "EnrollmentWithEmbeddedId",
                "e.id.studentId, e.id.courseId",
                loading,
                dev.ajp.compositekeys.embeddedid.Enrollment.class,
                e -> new Enrolled(e.getStudent().getName(), e.getCourse().getCourseName(), e.getEnrollmentDate()));
    }

    /** The {@code @IdClass} mapping. */
    public static List<Enrolled> idClass(EntityManagerFactory factory, Loading loading) {
        return walk(
                factory,
                "EnrollmentWithIdClass",
                "e.student.id, e.course.id",
                loading,
                dev.ajp.compositekeys.idclass.Enrollment.class,
                e -> new Enrolled(e.getStudent().getName(), e.getCourse().getCourseName(), e.getEnrollmentDate()));
    }

    private static <E> List<Enrolled> walk(
            EntityManagerFactory factory,
            String entity,
            String order,
            Loading loading,
            Class<E> entityClass,
            Function<E, Enrolled> names) {
        var joins = switch (loading) {
            case LAZY -> "";
            case FETCH_JOIN -> " join fetch e.student join fetch e.course";
        };
        try (var em = factory.createEntityManager()) {
            var enrollments = em.createQuery(
                            "select e from " + entity + " e" + joins + " order by " + order, entityClass)
                    .getResultList();
            return enrollments.stream().map(names).toList(); // touching the relationships, inside the EntityManager
        }
    }

    /** Jdbi: the two joins in the SQL, one SELECT. */
    public static List<Enrolled> jdbi(Jdbi jdbi) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select s.name as student_name, c.course_name, e.enrollment_date
                          from enrollments e
                          join students s on s.id = e.student_id
                          join courses c on c.id = e.course_id
                         order by e.student_id, e.course_id""")
                .map(ConstructorMapper.of(Enrolled.class))
                .list());
    }
}
