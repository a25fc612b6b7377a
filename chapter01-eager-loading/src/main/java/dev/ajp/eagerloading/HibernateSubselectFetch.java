package dev.ajp.eagerloading;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;

/**
 * Hibernate's subselect fetching: the code of {@link JpaLazyLoading}, unchanged, on a factory with
 * {@code hibernate.use_subselect_fetch=true}. Touching one student's courses loads the courses of every student the
 * same query returned, in one SELECT whose WHERE clause re-runs that query as a subquery
 * ({@code where student_id in (select s.id from students s)}).
 *
 * <p>SQL: <b>2 statements</b>, whatever N is. Still lazy: the second one is sent only if a list is touched. The
 * database evaluates the first query twice, which is cheap here and may not be for an expensive WHERE clause.
 *
 * <p>The per-association form is the mapping annotation {@code @Fetch(FetchMode.SUBSELECT)} on
 * {@code Student.courses}, and per session {@code session.setSubselectFetchingEnabled(true)}; since Hibernate 6.3
 * the global setting exists, so the shared entities stay as they are.
 */
public final class HibernateSubselectFetch implements StudentsWithCourses {

    /** The factory settings that turn it on for every collection. */
    public static Map<String, Object> settings() {
        // tag::subselect-settings[]
        return Map.of("hibernate.use_subselect_fetch", true);
        // end::subselect-settings[]
    }

    private final JpaLazyLoading lazyLoading;

    /** @param emf a Hibernate factory made with {@link #settings()} */
    public HibernateSubselectFetch(EntityManagerFactory emf) {
        this.lazyLoading = new JpaLazyLoading(emf);
    }

    @Override
    public List<StudentCourses> load() {
        return lazyLoading.load();
    }
}
