package dev.ajp.eagerloading;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;

/**
 * Hibernate's batch fetching: the code of {@link JpaLazyLoading}, unchanged, on a factory with
 * {@code hibernate.default_batch_fetch_size}. Touching one student's courses loads the courses of up to
 * {@code batchSize} students that are waiting in the persistence context, in one SELECT with the student ids bound
 * as one array parameter ({@code where student_id = any(?)}) or as an IN list, depending on the database.
 *
 * <p>SQL: 1 SELECT of the students, then 1 per batch: <b>1 + ⌈N / batchSize⌉ statements</b> (5 students in
 * batches of 10: 2; 23 students: 1 + 3 = 4). Still lazy: nothing is loaded until a list is touched.
 *
 * <p>The same effect per association is the mapping annotation {@code @BatchSize(size = 10)} on
 * {@code Student.courses}, and per session {@code session.setFetchBatchSize(10)}; the setting needs no change to
 * the shared entities.
 */
public final class HibernateBatchFetch implements StudentsWithCourses {

    /** The batch size the chapter uses: a common choice in practice, small enough to see the batches in the SQL. */
    public static final int BATCH_SIZE = 10;

    /** The factory settings that turn it on for every lazy association and proxy. */
    public static Map<String, Object> settings(int batchSize) {
        // tag::batch-settings[]
        return Map.of("hibernate.default_batch_fetch_size", batchSize);
        // end::batch-settings[]
    }

    private final JpaLazyLoading lazyLoading;

    /** @param emf a Hibernate factory made with {@link #settings(int)} */
    public HibernateBatchFetch(EntityManagerFactory emf) {
        this.lazyLoading = new JpaLazyLoading(emf);
    }

    @Override
    public List<StudentCourses> load() {
        return lazyLoading.load();
    }
}
