package dev.ajp.transactions.savepoint;

import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.SequenceBlockIds;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where rows are sure, every approach sends them in JDBC batches of {@value #SIZE} (chapter 02 measures why); a row
 * behind a savepoint of its own has to be sent alone, since its failure must not take other rows with it.
 */
final class Batching {

    /** Rows per JDBC batch; also the increment of {@code students_seq}. */
    static final int SIZE = SequenceBlockIds.BLOCK;

    private Batching() {}

    /** What each JPA provider needs to be told to batch its INSERTs. */
    static Map<String, String> settings(JpaProvider provider) {
        var size = String.valueOf(SIZE);
        return switch (provider) {
            case HIBERNATE -> Map.of("hibernate.jdbc.batch_size", size);
            case ECLIPSELINK ->
                Map.of("eclipselink.jdbc.batch-writing", "JDBC", "eclipselink.jdbc.batch-writing.size", size);
        };
    }

    /**
     * Persists the students as entities, with {@code flush()} and {@code clear()} every {@link #SIZE}: one JDBC batch
     * each, and never more than one batch of entities in the persistence context.
     */
    static void persist(EntityManager em, List<NewStudent> students, Function<NewStudent, ?> entity) {
        for (var i = 0; i < students.size(); i++) {
            em.persist(entity.apply(students.get(i)));
            if ((i + 1) % SIZE == 0 || i == students.size() - 1) {
                em.flush();
                em.clear();
            }
        }
    }
}
