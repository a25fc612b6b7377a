package dev.ajp.transactions.savepoint;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;

/**
 * The one Bean Validation {@link Validator} of the "validate first" approaches: built once (building it scans the
 * constraints and is slow), thread-safe, with English messages whatever the machine's locale.
 */
final class StudentValidator {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.ENGLISH)
            .buildValidatorFactory()
            .getValidator();

    private StudentValidator() {}

    static Validator get() {
        return VALIDATOR;
    }
}
