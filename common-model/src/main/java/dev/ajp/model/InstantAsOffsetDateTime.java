package dev.ajp.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Hands an {@link Instant} to the provider as an {@link OffsetDateTime} in UTC, and back.
 *
 * <p>Hibernate needs no help with {@code Instant} in a {@code TIMESTAMP WITH TIME ZONE} column. EclipseLink 5.0.0 does:
 * on H2 the driver returns such a column as an {@code OffsetDateTime}, which EclipseLink cannot turn into an {@code
 * Instant} ({@code EclipseLink-3002 ... could not be converted}); an {@code OffsetDateTime} attribute it reads fine on
 * both databases. With this converter the same entity reads and writes the same instants on both providers and both
 * databases, whatever zone the JVM is in. Chapter 08 (timestamps) and chapter 09 (the audit entry) map their instants
 * with it.
 */
@Converter
public class InstantAsOffsetDateTime implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
