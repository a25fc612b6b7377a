package dev.ajp.eagerloading;

import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * EclipseLink's own way to join-fetch, where its entity graph does not: the {@code eclipselink.left-join-fetch}
 * query hint names the path to fetch ({@code s.courses}) and EclipseLink adds a LEFT OUTER JOIN for it: <b>1
 * statement</b>, Dave included, each student once (no {@code distinct} needed, unlike JPQL's {@code join fetch} on
 * EclipseLink).
 *
 * <p>One catch: EclipseLink does not apply the collection's {@code @OrderBy} to a fetch join, so the courses would
 * come in whatever order the database returns the rows. The query therefore joins {@code s.courses} itself, only to
 * order by it; EclipseLink fetches through that same join (one join, one row per course, as the SQL shows).
 *
 * <p>The mapping form is {@code @JoinFetch(JoinFetchType.OUTER)} on the association, and then every query joins
 * it; {@code eclipselink.join-fetch} is the inner-join hint, which loses Dave like {@code join fetch}.
 */
public final class EclipseLinkLeftJoinFetchHint implements StudentsWithCourses {

    private final EntityManagerFactory emf;

    /** @param emf an EclipseLink factory */
    public EclipseLinkLeftJoinFetchHint(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentCourses> load() {
        // tag::left-join-fetch-hint[]
        try (var em = emf.createEntityManager()) {
            return em
                    .createQuery("select s from Student s left join s.courses c order by s.id, c.id", Student.class)
                    .setHint(QueryHints.LEFT_FETCH, "s.courses") // "eclipselink.left-join-fetch"
                    .getResultList()
                    .stream()
                    .map(s -> new StudentCourses(
                            s.getName(),
                            s.getCourses().stream().map(Course::getCourseName).toList()))
                    .toList();
        }
        // end::left-join-fetch-hint[]
    }
}
