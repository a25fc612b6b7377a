package dev.ajp.transactions.savepoint;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * Validate first, the Java world's usual answer: check each entity against its Bean Validation constraints
 * ({@link ValidatedStudent}: {@code @Min(0)} on the age) before it is persisted, and persist only the valid ones. The
 * invalid student never reaches the database, so no savepoint is needed, and the valid ones go out in JDBC batches.
 * The same code on both providers.
 *
 * <p>The explicit {@code validator.validate(...)} is the point. Both providers also validate by themselves (EclipseLink
 * at {@code persist()}, Hibernate at flush), but what they throw marks the transaction for rollback like any other
 * failure: their check is a safety net that rolls back everything, not a filter (see {@link
 * NaivePort#HIBERNATE_VALIDATION_CAUGHT}). And a rule the constraints do not know still reaches the database, which
 * then rolls the whole transaction back.
 */
public final class JpaValidateFirst implements TutorialTransaction {

    private final EntityManagerFactory factory;
    private final Validator validator;

    /** @param factory either provider on {@link ValidatedStudent}, with {@link Batching#settings} */
    public JpaValidateFirst(EntityManagerFactory factory, Validator validator) {
        this.factory = factory;
        this.validator = validator;
    }

    @Override
    public Outcome run(List<NewStudent> sure, List<NewStudent> risky) {
        var toInsert = new ArrayList<NewStudent>();
        var leftOut = new ArrayList<NewStudent>();
        for (var student : sure) {
            var violations = validator.validate(entity(student));
            if (!violations.isEmpty()) { // before any SQL: nothing to roll back
                throw new TransactionFailedException(new ConstraintViolationException(violations));
            }
            toInsert.add(student);
        }
        for (var student : risky) {
            // tag::validate[]
            if (validator.validate(entity(student)).isEmpty()) {
                toInsert.add(student);
            } else {
                leftOut.add(student); // never sent: no savepoint to roll back to
            }
            // end::validate[]
        }
        try (var em = factory.createEntityManager()) {
            var transaction = em.getTransaction();
            try {
                transaction.begin();
                Batching.persist(em, toInsert, JpaValidateFirst::entity);
                transaction.commit();
                return new Outcome(toInsert.size(), leftOut);
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw new TransactionFailedException(e);
            }
        }
    }

    private static ValidatedStudent entity(NewStudent student) {
        return new ValidatedStudent(student.name(), student.age(), student.grade());
    }
}
