package dev.ajp.events;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The audit entry's {@link Instant}, handed to the provider as an {@link OffsetDateTime} in UTC and back: chapter 08's
 * rule for a timestamp (an instant, in a column with time zone), and its fix for EclipseLink 5.0.0, which cannot read
 * an {@code Instant} from such a column on H2 (chapter 08, {@code InstantAsOffsetDateTime}).
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
