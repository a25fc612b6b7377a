package dev.ajp.bulkinsert;

import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;

/**
 * The closest Java relative of the tutorial's {@code bulk_insert_mappings}: Hibernate's {@code StatelessSession}, a
 * session without a persistence context (no dirty checking, no first-level cache, no cascades), and its
 * {@code insertMultiple}, which sends the entities it is given as one JDBC batch.
 *
 * <p>In Hibernate 7, {@code insertMultiple} batches on its own: the batch is the list it receives, whatever
 * {@code hibernate.jdbc.batch_size} says. So the factory needs no batch setting, and the students go in slices of
 * {@value BulkInsert#BATCH_SIZE}, the chapter's batch size.
 *
 * <p>SQL for N students: one call of the pooled {@code students_seq} and one JDBC batch of 50 INSERTs per 50 students;
 * a last slice of a single row (N = 51, 101...) gets a batch size of 1, which means no batching: a plain INSERT.
 * Nothing is kept in memory between slices.
 */
public final class HibernateInsertMultiple implements BulkInsert {

    private final SessionFactory sessionFactory;

    public HibernateInsertMultiple(EntityManagerFactory factory) {
        this.sessionFactory = factory.unwrap(SessionFactory.class);
    }

    @Override
    public int insert(List<NewStudent> students) {
        try (var session = sessionFactory.openStatelessSession()) {
            var transaction = session.getTransaction();
            try {
                // tag::insert-multiple[]
                transaction.begin();
                for (var from = 0; from < students.size(); from += BATCH_SIZE) {
                    var slice = students.subList(from, Math.min(from + BATCH_SIZE, students.size()));
                    session.insertMultiple(slice.stream()
                            .map(s -> new Student(s.name(), s.age(), s.grade()))
                            .toList()); // one JDBC batch per call
                }
                transaction.commit();
                // end::insert-multiple[]
                return students.size();
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw new BulkInsertException(students.size(), e);
            }
        }
    }
}
