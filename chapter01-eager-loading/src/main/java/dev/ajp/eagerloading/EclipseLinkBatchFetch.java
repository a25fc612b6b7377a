package dev.ajp.eagerloading;

import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.QueryHints;

/**
 * EclipseLink's batch reading: the {@code eclipselink.batch} hint names an association of the query's results, and
 * when the first student's courses are touched EclipseLink loads the courses of all the students the query returned,
 * in one more SELECT. {@code eclipselink.batch.type} says how that SELECT finds the students:
 *
 * <ul>
 *   <li>{@code JOIN} (the default) re-runs the original query joined to {@code student_courses}: <b>2
 *       statements</b>;
 *   <li>{@code EXISTS} re-runs it as an {@code EXISTS} subquery: <b>2 statements</b>;
 *   <li>{@code IN} lists the student ids, {@code eclipselink.batch.size} of them per SELECT: <b>1 + ⌈N /
 *       batchSize⌉ statements</b>, like Hibernate's batch fetching.
 * </ul>
 *
 * Still lazy: the batch SELECT is sent when a list is first touched. The mapping form is
 * {@code @BatchFetch(value = BatchFetchType.IN, size = 10)} on the association.
 */
public final class EclipseLinkBatchFetch implements StudentsWithCourses {

    /** The batch size the chapter uses with {@code IN}, the same as {@link HibernateBatchFetch#BATCH_SIZE}. */
    public static final int BATCH_SIZE = HibernateBatchFetch.BATCH_SIZE;

    private final EntityManagerFactory emf;
    private final BatchFetchType type;
    private final int batchSize;

    /** @param emf an EclipseLink factory */
    public EclipseLinkBatchFetch(EntityManagerFactory emf, BatchFetchType type, int batchSize) {
        this.emf = emf;
        this.type = type;
        this.batchSize = batchSize;
    }

    @Override
    public List<StudentCourses> load() {
        // tag::batch-hint[]
        try (var em = emf.createEntityManager()) {
            return em
                    .createQuery("select s from Student s order by s.id", Student.class)
                    .setHint(QueryHints.BATCH, "s.courses") // "eclipselink.batch"
                    .setHint(QueryHints.BATCH_TYPE, type) // JOIN, EXISTS or IN
                    .setHint(QueryHints.BATCH_SIZE, batchSize) // ids per IN list
                    .getResultList()
                    .stream()
                    .map(s -> new StudentCourses(
                            s.getName(),
                            s.getCourses().stream().map(Course::getCourseName).toList()))
                    .toList();
        }
        // end::batch-hint[]
    }
}
