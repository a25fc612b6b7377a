package dev.ajp.inheritance;

import jakarta.persistence.TypedQuery;
import java.util.Map;
import org.eclipse.persistence.config.QueryHints;
import org.hibernate.jpa.HibernateHints;

/**
 * Loads that change nothing, told so: Hibernate then keeps no snapshot of each entity for dirty checking, EclipseLink
 * builds no working copy. Each provider reads its own hint and ignores the other's, so the same JPA code stays
 * portable. The SQL does not change.
 */
final class ReadOnly {

    /** For {@code em.find(type, id, READ_ONLY)}. */
    static final Map<String, Object> HINTS = Map.of(HibernateHints.HINT_READ_ONLY, true, QueryHints.READ_ONLY, true);

    private ReadOnly() {}

    static <T> TypedQuery<T> readOnly(TypedQuery<T> query) {
        HINTS.forEach(query::setHint);
        return query;
    }
}
