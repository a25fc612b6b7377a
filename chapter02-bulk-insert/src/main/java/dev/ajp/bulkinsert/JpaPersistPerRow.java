package dev.ajp.bulkinsert;

import dev.ajp.model.Student;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * The tutorial's {@code session.add()} for each record, in JPA: {@code persist} every student, then commit. The same
 * code on Hibernate and on EclipseLink, both left with their defaults, which do not batch.
 *
 * <p>SQL: one sequence call per 50 students (the pooled {@code students_seq}), then at commit one INSERT per student,
 * each its own round trip: N rows, N INSERTs. And the persistence context keeps every entity until the
 * EntityManager closes: it grows with N.
 */
public final class JpaPersistPerRow implements BulkInsert {

    private final EntityManagerFactory factory;

    public JpaPersistPerRow(EntityManagerFactory factory) {
        this.factory = factory;
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
            // tag::per-row[]
            transaction.begin();
            for (var student : students) {
                em.persist(new Student(student.name(), student.age(), student.grade()));
            }
            transaction.commit(); // the flush: one INSERT per student, one after the other
            // end::per-row[]
            return students.size();
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw new BulkInsertException(students.size(), e);
        }
    }
}
