package dev.ajp.kit;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Hibernate, EclipseLink and Jdbi on one DataSource of a {@link Database}, for one list of entity classes: the one
 * way a chapter gets its frameworks ({@link Database#frameworks(Class[])}).
 *
 * <p>A factory is expensive to start and meant to live as long as the application, so each is started once per
 * provider and settings, on first use, and closed with the database. Starting one is never recorded, even on first
 * use inside a recording: its start-up SQL (Hibernate's schema validation, EclipseLink's login and sequence reads) is
 * sent with the recorder paused for this thread, and the factory is fully deployed before it is handed out
 * (EclipseLink would otherwise log in on the first EntityManager, inside whatever is being measured).
 *
 * <p>The kit's settings for each provider are in {@link JpaProvider}; {@code settings} given here go on top of them.
 * The order in which factories are started does not matter: see {@link JpaProvider} on the static metamodel.
 */
public final class Frameworks implements AutoCloseable {

    private final DataSource dataSource;
    private final SqlRecorder recorder;
    private final List<Class<?>> entities;
    private final Map<Map<String, Object>, EntityManagerFactory> hibernate = new LinkedHashMap<>();
    private final Map<Map<String, Object>, EntityManagerFactory> eclipseLink = new LinkedHashMap<>();
    private Jdbi jdbi;

    Frameworks(DataSource dataSource, SqlRecorder recorder, Jdbi jdbi, Class<?>... entities) {
        this.dataSource = dataSource;
        this.recorder = recorder;
        this.jdbi = jdbi;
        this.entities = List.of(entities);
    }

    /** Hibernate with the kit's settings. */
    public EntityManagerFactory hibernate() {
        return jpa(JpaProvider.HIBERNATE, Map.of());
    }

    /** Hibernate with the kit's settings and {@code settings} on top: one factory per distinct settings. */
    public EntityManagerFactory hibernate(Map<String, ?> settings) {
        return jpa(JpaProvider.HIBERNATE, settings);
    }

    /** EclipseLink with the kit's settings (among them: its shared cache off, woven entities required). */
    public EntityManagerFactory eclipseLink() {
        return jpa(JpaProvider.ECLIPSELINK, Map.of());
    }

    /** EclipseLink with the kit's settings and {@code settings} on top: one factory per distinct settings. */
    public EntityManagerFactory eclipseLink(Map<String, ?> settings) {
        return jpa(JpaProvider.ECLIPSELINK, settings);
    }

    /** The factory of one provider with the kit's settings: what a test parameterized over providers asks for. */
    public EntityManagerFactory jpa(JpaProvider provider) {
        return jpa(provider, Map.of());
    }

    /** The factory of one provider with {@code settings} on top of the kit's. */
    public synchronized EntityManagerFactory jpa(JpaProvider provider, Map<String, ?> settings) {
        var started = provider == JpaProvider.HIBERNATE ? hibernate : eclipseLink;
        var key = Map.<String, Object>copyOf(new HashMap<>(settings));
        var factory = started.get(key);
        if (factory == null) {
            factory = recorder == null
                    ? provider.createEntityManagerFactory(dataSource, entities, key)
                    : recorder.unrecorded(() -> provider.createEntityManagerFactory(dataSource, entities, key));
            started.put(key, factory);
        }
        return factory;
    }

    /** Jdbi on the same DataSource, with the plugins found on the class path (SqlObject among them, if present). */
    public synchronized Jdbi jdbi() {
        if (jdbi == null) {
            jdbi = Jdbi.create(dataSource).installPlugins();
        }
        return jdbi;
    }

    /** The DataSource all three use. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Closes every factory started here. {@link Database#close()} calls it. */
    @Override
    public synchronized void close() {
        var all = new java.util.ArrayList<EntityManagerFactory>();
        all.addAll(hibernate.values());
        all.addAll(eclipseLink.values());
        for (var factory : all) {
            if (factory.isOpen()) {
                factory.close();
            }
        }
        hibernate.clear();
        eclipseLink.clear();
    }
}
