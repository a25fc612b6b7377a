package dev.ajp.mixins;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The JPA code of the chapter, the same for every {@link JpaMixin} and for both providers: what differs between the
 * JPA approaches is only the mapping of the two columns, in the mixin the entities extend.
 *
 * <p>Inserts are flushed every {@value TimestampedRows#BATCH_SIZE} entities, one JDBC batch each where the provider
 * can batch (it cannot when it reads values back from each INSERT), then cleared. For {@link JpaMixin#DATABASE_CLOCK}
 * the rows just written are read again after each flush: one SELECT per batch, with EclipseLink's refresh hint (a
 * portable {@code em.refresh(entity)} would send one SELECT per row).
 */
public final class JpaTimestamps implements TimestampedRows {

    private final EntityManagerFactory factory;
    private final JpaMixin mixin;
    private final Clock clock;

    /**
     * @param clock what the bulk fix binds as {@code :now} for the mixins that use the JVM's clock (the entities'
     *     own clock is set where each mixin reads it)
     */
    public JpaTimestamps(EntityManagerFactory factory, JpaMixin mixin, Clock clock) {
        this.factory = factory;
        this.mixin = mixin;
        this.clock = clock;
    }

    @Override
    public List<Stamp> insertStudents(List<NewStudent> students) {
        return insert(students.stream().map(mixin::newStudent).toList(), mixin.studentClass());
    }

    @Override
    public List<Stamp> insertCourses(List<String> names) {
        return insert(names.stream().map(mixin::newCourse).toList(), mixin.courseClass());
    }

    private List<Stamp> insert(List<? extends Timestamped> entities, Class<?> type) {
        inTransaction(em -> {
            for (var from = 0; from < entities.size(); from += BATCH_SIZE) {
                var batch = entities.subList(from, Math.min(from + BATCH_SIZE, entities.size()));
                batch.forEach(em::persist);
                em.flush();
                if (mixin.refreshAfterWrite()) {
                    refresh(em, type, batch);
                }
                em.clear();
            }
            return null;
        });
        // Detached now, but each object still holds what it held at the commit.
        return entities.stream().map(Stamp::of).toList();
    }

    // tag::refresh[]
    /** Reads the database's values into the managed entities: one SELECT for the whole batch. */
    private static void refresh(EntityManager em, Class<?> type, List<? extends Timestamped> batch) {
        em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids")
                .setParameter("ids", batch.stream().map(Timestamped::getId).toList())
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .getResultList();
    }
    // end::refresh[]

    @Override
    public Stamp haveBirthday(long studentId) {
        // tag::update[]
        var student = inTransaction(em -> {
            var found = em.find(mixin.studentClass(), studentId);
            found.setAge(found.getAge() + 1); // the UPDATE is sent at commit; @PreUpdate runs just before it
            if (mixin.refreshAfterWrite()) {
                em.flush();
                em.refresh(found); // the provider cannot know what the database wrote
            }
            return found;
        });
        // end::update[]
        return Stamp.of(student);
    }

    @Override
    public int bulkRegrade(String from, String to) {
        return bulkUpdate(mixin.bulkRegrade(), from, to);
    }

    @Override
    public int bulkRegradeTouchingUpdatedAt(String from, String to) {
        return bulkUpdate(mixin.bulkRegradeTouchingUpdatedAt(), from, to);
    }

    private int bulkUpdate(String jpql, String from, String to) {
        return inTransaction(em -> {
            // tag::bulk[]
            var update = em.createQuery(jpql).setParameter("from", from).setParameter("to", to);
            if (jpql.contains(":now")) {
                update.setParameter("now", now());
            }
            return update.executeUpdate(); // straight to SQL: no entity is loaded, no callback runs
            // end::bulk[]
        });
    }

    @Override
    public Stamp backdate(long studentId, Instant createdAt) {
        var student = inTransaction(em -> {
            var found = em.find(mixin.studentClass(), studentId);
            found.setCreatedAt(createdAt);
            return found;
        });
        return Stamp.of(student);
    }

    @Override
    public Stamp reload(long studentId) {
        try (var em = factory.createEntityManager()) {
            return Stamp.of(em.find(mixin.studentClass(), studentId));
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        try (var em = factory.createEntityManager()) {
            var transaction = em.getTransaction();
            transaction.begin();
            try {
                var result = work.apply(em);
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }
}
