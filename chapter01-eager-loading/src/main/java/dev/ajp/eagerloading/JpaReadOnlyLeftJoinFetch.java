package dev.ajp.eagerloading;

import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;
import org.hibernate.jpa.HibernateHints;

/**
 * {@link JpaLeftJoinFetch} with each provider's read-only query hint: the same query and the same <b>1 statement</b>,
 * but entities that the provider does not prepare to write back. It is the fair counterpart, among entity loads, of
 * Jdbi's row reducer and of the DTO projection, which never build managed objects at all.
 *
 * <ul>
 *   <li>Hibernate ({@code org.hibernate.readOnly}): the entities are still in the persistence context, but read-only:
 *       Hibernate keeps no snapshot of their loaded state, and a change made to one is never flushed. A whole
 *       session can be made read-only with {@code session.setDefaultReadOnly(true)}.
 *   <li>EclipseLink ({@code eclipselink.read-only}): the results are not registered in the EntityManager's unit of
 *       work (no working copy, no change tracking; {@code em.contains} is false), and a change is never written.
 *       With the shared cache on, they are the shared cache's own objects, the same instances for every
 *       EntityManager (the tests show both).
 * </ul>
 */
public final class JpaReadOnlyLeftJoinFetch implements StudentsWithCourses {

    /** The provider's read-only query hint. */
    // tag::read-only-hints[]
    static String readOnlyHint(JpaProvider provider) {
        return switch (provider) {
            case HIBERNATE -> HibernateHints.HINT_READ_ONLY; // "org.hibernate.readOnly"
            case ECLIPSELINK -> QueryHints.READ_ONLY; // "eclipselink.read-only"
        };
    }
    // end::read-only-hints[]

    private final EntityManagerFactory emf;
    private final String readOnlyHint;

    /** @param emf a factory of {@code provider} */
    public JpaReadOnlyLeftJoinFetch(EntityManagerFactory emf, JpaProvider provider) {
        this.emf = emf;
        this.readOnlyHint = readOnlyHint(provider);
    }

    @Override
    public List<StudentCourses> load() {
        // tag::read-only-left-join-fetch[]
        try (var em = emf.createEntityManager()) {
            return em
                    .createQuery("""
                            select distinct s from Student s
                              left join fetch s.courses c
                             order by s.id, c.id""", Student.class)
                    .setHint(readOnlyHint, true) // the same SQL; no snapshot, no change tracking
                    .getResultList()
                    .stream()
                    .map(s -> new StudentCourses(
                            s.getName(),
                            s.getCourses().stream().map(Course::getCourseName).toList()))
                    .toList();
        }
        // end::read-only-left-join-fetch[]
    }
}
