package dev.ajp.events;

import dev.ajp.kit.JpaProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JPA code of every JPA approach, the same on both providers and for every entity: {@code persist} each student,
 * {@code flush} and {@code clear} every {@value InsertStudents#BATCH_SIZE}, commit. What differs between the approaches
 * is around it: the entity class (with JPA callbacks, or telling the provider to read the name back), the factory's
 * settings (a Hibernate or EclipseLink listener), or a trigger in the database. With {@code refresh}, each student is
 * read back after its flush, one SELECT each.
 *
 * <p>The {@link Timeline} notes mark the calls, so that the main can show where each hook runs.
 *
 * @param <E> the entity class
 */
public final class JpaPersist<E> implements InsertStudents {

    private final EntityManagerFactory factory;
    private final Function<NewStudent, E> toEntity;
    private final Function<E, InsertedStudent> asInserted;
    private final boolean refresh;

    /**
     * @param factory a factory with {@link #batchSettings} for its provider (and whatever listener the approach needs)
     * @param toEntity the entity to persist for a student
     * @param asInserted what the application reads from the entity afterwards
     * @param refresh whether to read every student back from the database after its flush
     */
    public JpaPersist(
            EntityManagerFactory factory,
            Function<NewStudent, E> toEntity,
            Function<E, InsertedStudent> asInserted,
            boolean refresh) {
        this.factory = factory;
        this.toEntity = toEntity;
        this.asInserted = asInserted;
        this.refresh = refresh;
    }

    /**
     * What each provider needs to be told to batch INSERTs (chapter 02 measures why), plus {@code more}. Hibernate is
     * also told not to check {@code nullable = false} itself: its check runs at {@code persist()}, before its insert
     * listener and the database's trigger, and would refuse a null name with its own words instead of the rule's.
     */
    public static Map<String, Object> batchSettings(JpaProvider provider, Map<String, Object> more) {
        var size = String.valueOf(BATCH_SIZE);
        var settings = new HashMap<String, Object>(
                switch (provider) {
                    case HIBERNATE ->
                        Map.of(
                                "hibernate.jdbc.batch_size",
                                size,
                                "hibernate.order_inserts",
                                "true",
                                "hibernate.check_nullability",
                                "false");
                    case ECLIPSELINK ->
                        Map.of("eclipselink.jdbc.batch-writing", "JDBC", "eclipselink.jdbc.batch-writing.size", size);
                });
        settings.putAll(more);
        return Map.copyOf(settings);
    }

    @Override
    public List<InsertedStudent> insert(List<NewStudent> students) {
        var entities = new ArrayList<E>(students.size());
        try (var em = factory.createEntityManager()) {
            var transaction = em.getTransaction();
            try {
                // tag::persist[]
                transaction.begin();
                var managed = new ArrayList<E>();
                for (var student : students) {
                    var entity = toEntity.apply(student);
                    Timeline.app("persist() called");
                    em.persist(entity); // JPA callbacks run here
                    entities.add(entity);
                    managed.add(entity);
                    if (managed.size() == BATCH_SIZE) {
                        flushAndClear(em, managed);
                    }
                }
                flushAndClear(em, managed); // provider listeners and triggers run here, around each INSERT
                Timeline.app("commit");
                transaction.commit();
                // end::persist[]
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw new StudentInsertException(students.size(), e);
            }
        }
        return entities.stream().map(asInserted).toList();
    }

    /** Sends the INSERTs of the managed students (one JDBC batch), reads them back if asked, and forgets them. */
    private void flushAndClear(EntityManager em, List<E> managed) {
        if (managed.isEmpty()) {
            return;
        }
        Timeline.app("flush");
        em.flush();
        if (refresh) {
            managed.forEach(em::refresh); // one SELECT each: the row as the trigger left it
        }
        em.clear();
        managed.clear();
    }
}
