package dev.ajp.compositekeys;

import java.time.LocalDate;
import org.jdbi.v3.core.mapper.Nested;

/**
 * One row of {@code enrollments}: its two-column key, as one value, and its date.
 *
 * <p>{@code @Nested} tells Jdbi's {@code ConstructorMapper} to build the key from the row's {@code student_id} and
 * {@code course_id} columns; JPA ignores the annotation.
 */
// tag::row[]
public record EnrollmentRow(@Nested EnrollmentKey key, LocalDate enrollmentDate) {}
// end::row[]
