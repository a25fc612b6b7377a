package dev.ajp.bulkinsert;

import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Batched JPA: the same {@code persist} loop as {@link JpaPersistPerRow}, plus two things. The provider is told to
 * batch ({@link #batchSettings}), and the loop calls {@code flush()} and {@code clear()} every
 * {@value BulkInsert#BATCH_SIZE} students. The code is standard JPA and runs unchanged on both providers; only the
 * settings differ.
 *
 * <p>SQL for N students on the pooled {@code students_seq}: one sequence call and one JDBC batch of 50 INSERTs per 50
 * students (EclipseLink sends a batch of a single row, the last one when N is 51, 101..., as a plain INSERT; Hibernate
 * sends it as a batch of one). {@code flush()} sends the batch; {@code clear()} detaches the 50 entities just written, so the persistence
 * context never holds more than one batch (without it, it would hold all N, and every flush would have to look at
 * all of them).
 *
 * <p>The same code on an IDENTITY-keyed entity ({@link IdentityStudent}) does not batch: N single INSERTs on Hibernate
 * ({@link Approach#HIBERNATE_IDENTITY}), an INSERT and a query for its id per row on EclipseLink.
 */
public final class JpaBatchedPersist implements BulkInsert {

    private final EntityManagerFactory factory;
    private final Function<NewStudent, ?> toEntity;

    /**
     * @param factory a factory made with {@link #batchSettings} for its provider
     * @param toEntity the entity to persist for a student ({@link #student} for the shared {@code Student})
     */
    public JpaBatchedPersist(EntityManagerFactory factory, Function<NewStudent, ?> toEntity) {
        this.factory = factory;
        this.toEntity = toEntity;
    }

    /** The approach for the shared {@code Student} on one provider, its factory made with {@link #batchSettings}. */
    public static JpaBatchedPersist of(Frameworks frameworks, JpaProvider provider) {
        return new JpaBatchedPersist(frameworks.jpa(provider, batchSettings(provider)), JpaBatchedPersist::student);
    }

    /** What each provider needs to be told to batch INSERTs: a factory override. */
    // tag::settings[]
    public static Map<String, String> batchSettings(JpaProvider provider) {
        var size = String.valueOf(BATCH_SIZE);
        return switch (provider) {
            // order_inserts: INSERTs grouped by table, so that parents and children keep their batches whole
            case HIBERNATE -> Map.of("hibernate.jdbc.batch_size", size, "hibernate.order_inserts", "true");
            case ECLIPSELINK ->
                Map.of("eclipselink.jdbc.batch-writing", "JDBC", "eclipselink.jdbc.batch-writing.size", size);
        };
    }
    // end::settings[]

    /** The shared entity for a student. */
    public static Student student(NewStudent student) {
        return new Student(student.name(), student.age(), student.grade());
    }

    @Override
    public int insert(List<NewStudent> students) {
        try (var em = factory.createEntityManager()) {
            return insert(em, students);
        }
    }

    /** {@link #insert(List)} in an EntityManager the caller owns (a test looks into it afterwards). */
    public int insert(EntityManager em, List<NewStudent> students) {
        var transaction = em.getTransaction();
        try {
            // tag::batched[]
            transaction.begin();
            for (var i = 0; i < students.size(); i++) {
                em.persist(toEntity.apply(students.get(i)));
                if ((i + 1) % BATCH_SIZE == 0) {
                    em.flush(); // one JDBC batch of BATCH_SIZE INSERTs
                    em.clear(); // and forget those entities: memory stays at one batch
                }
            }
            transaction.commit(); // flushes the last, partial batch
            // end::batched[]
            return students.size();
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw new BulkInsertException(students.size(), e);
        }
    }
}
