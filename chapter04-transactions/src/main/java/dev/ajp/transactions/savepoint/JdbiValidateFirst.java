package dev.ajp.transactions.savepoint;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.SequenceBlockIds;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Validate first with Jdbi, which has no entity lifecycle to hook a validator into: the code calls the
 * {@link Validator} itself, on the constraints of the {@link NewStudent} record, and sends only the valid students, in
 * JDBC batches, in one transaction.
 */
public final class JdbiValidateFirst implements TutorialTransaction {

    private final Jdbi jdbi;
    private final DatabaseSettings.Kind database;
    private final Validator validator;

    public JdbiValidateFirst(Jdbi jdbi, DatabaseSettings.Kind database, Validator validator) {
        this.jdbi = jdbi;
        this.database = database;
        this.validator = validator;
    }

    @Override
    public Outcome run(List<NewStudent> sure, List<NewStudent> risky) {
        var toInsert = new ArrayList<NewStudent>();
        var leftOut = new ArrayList<NewStudent>();
        for (var student : sure) {
            var violations = validator.validate(student);
            if (!violations.isEmpty()) {
                throw new TransactionFailedException(new ConstraintViolationException(violations));
            }
            toInsert.add(student);
        }
        for (var student : risky) {
            // tag::validate[]
            if (validator.validate(student).isEmpty()) {
                toInsert.add(student);
            } else {
                leftOut.add(student);
            }
            // end::validate[]
        }
        try {
            jdbi.useTransaction(
                    handle -> JdbiSavepoint.insertInBatches(handle, new SequenceBlockIds("students_seq"), toInsert));
            return new Outcome(toInsert.size(), leftOut);
        } catch (SQLException | RuntimeException e) {
            throw new TransactionFailedException(e);
        }
    }
}
