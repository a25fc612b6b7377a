package dev.ajp.querying;

import dev.ajp.kit.Frameworks;
import java.util.List;
import java.util.function.Supplier;

/**
 * A way to answer the tutorial's join (every student name with every course name): each {@link QueryForm} with its
 * DTO projection, and each {@link EntityLoading} with whole entities. The main prints them side by side, and the
 * benchmark measures them all against each other.
 */
public interface JoinApproach {

    /** The name the README, the main and the benchmark report use. */
    String label();

    /**
     * The join, ready to run on these frameworks: what has to be made once (a SqlObject's implementation, an
     * EntityManagerFactory's query helper) is made here, so that each {@code get()} is one answer, as a request
     * would ask for it.
     */
    Supplier<List<StudentCoursePair>> join(Frameworks frameworks);
}
