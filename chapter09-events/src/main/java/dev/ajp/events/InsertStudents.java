package dev.ajp.events;

import java.util.List;

/**
 * The chapter's question: insert these students, each with its name normalised and an audit row beside it, in one
 * transaction, all or none; and tell what the application holds afterwards.
 *
 * <p>Each approach is one configuration of a framework and a database ({@link Approach}): the hooks that do the work
 * live in the application (a JPA callback, a Hibernate or EclipseLink listener, a Jdbi DAO) or in the database (a
 * trigger); the baselines do no such work at all.
 */
public interface InsertStudents {

    /** How many students every batched approach sends in one JDBC batch (and one call of students_seq hands out). */
    int BATCH_SIZE = 50;

    /**
     * Inserts the students in one transaction, in list order, and commits.
     *
     * @return each student as the application holds it after the commit, in list order: for an approach that neither
     *     changes nor reads back the name, that is the name as given, whatever the database wrote
     * @throws StudentInsertException if a hook or the database refuses any of them; nothing of the transaction remains
     */
    List<InsertedStudent> insert(List<NewStudent> students);
}
