package dev.ajp.eagerloading;

import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Hibernate, EclipseLink and Jdbi on one {@link Database}, each started once and shared by the approaches that use
 * it: a factory is expensive to start and meant to live as long as the application.
 *
 * <p>Every factory is started here, before anything is recorded, so that a recording holds the SQL of the approach
 * and nothing of a provider's start-up. The factories are closed with the database.
 */
public final class Frameworks {

    private final Database db;
    private final Map<Map<String, Object>, EntityManagerFactory> hibernate = new HashMap<>();
    private final Map<Map<String, Object>, EntityManagerFactory> eclipseLink = new HashMap<>();
    private Jdbi jdbi;

    public Frameworks(Database db) {
        this.db = db;
    }

    /** Hibernate with the kit's settings. */
    public EntityManagerFactory hibernate() {
        return hibernate(Map.of());
    }

    /** Hibernate with the kit's settings and {@code settings} on top, one factory per distinct settings. */
    public synchronized EntityManagerFactory hibernate(Map<String, Object> settings) {
        return hibernate.computeIfAbsent(settings, s -> started(JpaProvider.HIBERNATE, s));
    }

    /** EclipseLink with the kit's settings (among them: its shared cache off). */
    public EntityManagerFactory eclipseLink() {
        return eclipseLink(Map.of());
    }

    /** EclipseLink with the kit's settings and {@code settings} on top, one factory per distinct settings. */
    public synchronized EntityManagerFactory eclipseLink(Map<String, Object> settings) {
        return eclipseLink.computeIfAbsent(settings, s -> started(JpaProvider.ECLIPSELINK, s));
    }

    /** Jdbi on the database's DataSource, with the SqlObject plugin. */
    public synchronized Jdbi jdbi() {
        if (jdbi == null) {
            jdbi = JdbiSqlObjectRowReducer.installPlugin(db.jdbi());
        }
        return jdbi;
    }

    private EntityManagerFactory started(JpaProvider provider, Map<String, Object> settings) {
        // The kit deploys the unit as it creates the factory (EclipseLink would otherwise log in on the first
        // EntityManager), so nothing of the start-up lands in a later recording.
        return db.entityManagerFactory(provider, settings, Student.class, Course.class);
    }
}
