package dev.ajp.transactions.savepoint;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.JDBCException;
import org.hibernate.Session;

/**
 * {@link HibernateSavepoint} with one difference: the risky INSERT is plain JDBC inside {@code doWork}, and its
 * SQLException is left to escape the work and caught outside it. Hibernate then asks its dialect whether that error
 * aborted the transaction: PostgreSQL's dialect answers yes for every error ({@code causesRollback}), and the
 * transaction is marked for rollback; H2's answers no. So the same code keeps Kevin on H2 and loses him, silently,
 * on PostgreSQL. Catch inside the work.
 */
public final class HibernateWorkThrows implements TutorialTransaction {

    private final EntityManagerFactory factory;
    private final DatabaseSettings.Kind database;

    public HibernateWorkThrows(EntityManagerFactory factory, DatabaseSettings.Kind database) {
        this.factory = factory;
        this.database = database;
    }

    @Override
    public Outcome run(List<NewStudent> sure, List<NewStudent> risky) {
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            sure.forEach(s -> em.persist(new Student(s.name(), s.age(), s.grade())));
            em.flush();
            var session = em.unwrap(Session.class);
            var ids = new SequenceBlockIds("students_seq");
            var leftOut = new ArrayList<NewStudent>();
            for (var student : risky) {
                var savepoint = session.doReturningWork(connection -> connection.setSavepoint("risky"));
                // tag::work-throws[]
                try {
                    session.doWork(connection -> {
                        try (var insert = connection.prepareStatement(JdbcSavepoint.INSERT)) {
                            JdbcSavepoint.bind(insert, ids.next(connection), student);
                            insert.executeUpdate(); // its SQLException leaves the work...
                        }
                    });
                } catch (JDBCException rejected) { // ...and is caught too late: on PostgreSQL the mark is set
                    session.doWork(connection -> connection.rollback(savepoint));
                    leftOut.add(student);
                }
                // end::work-throws[]
            }
            em.getTransaction().commit();
            return new Outcome(sure.size() + risky.size() - leftOut.size(), leftOut);
        }
    }
}
