package dev.ajp.transactions.savepoint;

import dev.ajp.kit.DatabaseMessage;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;

/**
 * A transaction that was rolled back as a whole: nothing of it was written. The message says so and quotes what
 * refused it, the database's own words (which name the constraint) or the failed Bean Validation constraints,
 * however deep a framework wrapped them.
 */
public final class TransactionFailedException extends RuntimeException {

    public TransactionFailedException(Throwable cause) {
        super("Nothing was written, the transaction was rolled back: " + reason(cause), cause);
    }

    static String reason(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException invalid) {
                return invalid.getConstraintViolations().stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage() + " (was " + v.getInvalidValue() + ")")
                        .sorted()
                        .collect(Collectors.joining(", "));
            }
        }
        return DatabaseMessage.of(failure);
    }
}
