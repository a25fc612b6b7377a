package dev.ajp.benchreport;

import java.util.Arrays;
import java.util.Locale;

/**
 * The framework an approach uses, which the charts show by colour: the same colour for a framework in every chart of
 * the repository, so that a reader learns it once.
 *
 * <p>It is read from the approach's name: the first word of its label ({@code Hibernate insertMultiple},
 * {@code JDBC/PreparedStatement}, {@code Jdbi, in the DAO}), else of its value as JMH recorded it
 * ({@code ECLIPSELINK_BATCHED}). An approach whose name starts with none of them ({@code PostgreSQL COPY}, or a
 * setting such as {@code key (student_id, course_id) only}) has no framework.
 */
enum Framework {
    JDBC("JDBC"),
    HIBERNATE("Hibernate"),
    ECLIPSELINK("EclipseLink"),
    JDBI("Jdbi");

    private final String displayName;

    Framework(String displayName) {
        this.displayName = displayName;
    }

    /** {@code EclipseLink}: the name a reader knows. */
    String displayName() {
        return displayName;
    }

    /** The framework of an approach by its label or its value, or null when neither starts with one. */
    static Framework of(String value, String label) {
        var framework = ofFirstWord(label);
        return framework != null ? framework : ofFirstWord(value);
    }

    private static Framework ofFirstWord(String name) {
        if (name == null) {
            return null;
        }
        var first = name.strip().split("[^A-Za-z]", 2)[0].toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(framework -> framework.name().equals(first))
                .findFirst()
                .orElse(null);
    }
}
