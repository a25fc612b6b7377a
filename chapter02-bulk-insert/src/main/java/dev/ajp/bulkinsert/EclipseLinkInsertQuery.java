package dev.ajp.bulkinsert;

import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.eclipse.persistence.queries.InsertObjectQuery;
import org.eclipse.persistence.sessions.server.Server;

/**
 * EclipseLink without a persistence context: its native session API, the counterpart of Hibernate's
 * {@code StatelessSession} ({@link HibernateInsertMultiple}). A client session of the factory's server session runs
 * one {@code InsertObjectQuery} per student, the query behind its {@code insertObject}, told not to keep the object
 * in any cache: no unit of work registers it (no clone, no change set computed at flush) and no identity map holds it
 * afterwards. Batch writing still collects the INSERTs into JDBC batches.
 *
 * <p>Why it is here: in a profile run on H2 (the README's "Where the time goes"), {@code em.persist} with batch writing
 * allocated 2.4 KB per row more than this class, and its CPU samples showed the unit of work registering each student
 * in an identity map. Here nothing registers the student: {@code InsertObjectQuery} runs without a unit of work (no
 * clone, no change set at commit), and {@code dontMaintainCache()} keeps it out of the client session's identity map.
 *
 * <p>SQL for N students, with the factory's batch writing on ({@link JpaBatchedPersist#batchSettings}): one call of
 * {@code students_seq} and one JDBC batch of 50 INSERTs per 50 students, in one transaction; like every EclipseLink
 * batch, a last batch of a single row goes as a plain INSERT. Nothing is kept in memory.
 */
public final class EclipseLinkInsertQuery implements BulkInsert {

    private final Server server;

    /** @param factory an EclipseLink factory made with {@link JpaBatchedPersist#batchSettings} */
    public EclipseLinkInsertQuery(EntityManagerFactory factory) {
        this.server = factory.unwrap(Server.class);
    }

    @Override
    public int insert(List<NewStudent> students) {
        var session = server.acquireClientSession();
        try {
            // tag::insert-query[]
            session.beginTransaction();
            for (var student : students) {
                var insert = new InsertObjectQuery(new Student(student.name(), student.age(), student.grade()));
                insert.dontMaintainCache(); // no identity map keeps the student afterwards
                session.executeQuery(insert); // one more INSERT in the current JDBC batch
            }
            session.commitTransaction(); // sends the last batch, then commits
            // end::insert-query[]
            return students.size();
        } catch (RuntimeException e) {
            if (session.isInTransaction()) {
                session.rollbackTransaction();
            }
            throw new BulkInsertException(students.size(), e);
        } finally {
            session.release();
        }
    }
}
