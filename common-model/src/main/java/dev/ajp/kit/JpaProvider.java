package dev.ajp.kit;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eclipse.persistence.internal.weaving.PersistenceWeaved;

/**
 * The two JPA providers, each bootstrapped from a JPA 3.2 {@link PersistenceConfiguration} (no persistence.xml) on
 * a DataSource the caller owns. Tests and benchmarks iterate over this enum to run the same JPA code on both; a chapter
 * gets its factories from {@link Frameworks}, which calls {@link #createEntityManagerFactory} once per settings.
 *
 * <p>What the kit sets, and why:
 *
 * <ul>
 *   <li>no provider creates tables: each module's SQL script is the schema, the same for all three frameworks;
 *   <li>Hibernate validates its mapping against that schema at start ({@code hibernate.hbm2ddl.auto=validate}), so
 *       a mapping that drifts from the script fails loudly;
 *   <li>EclipseLink runs on entities woven at build time ({@code eclipselink.weaving=static}; see the
 *       {@code eclipselink-static-weaving} profile of the parent pom): without weaving it silently turns lazy
 *       to-one associations eager. When an IDE compiled them, {@link Weaving} weaves them at start; an entity class
 *       that is still not woven stops the start with its name; a test that shows what happens without weaving says
 *       so with {@link #ALLOW_UNWOVEN};
 *   <li>EclipseLink's shared (second-level) cache is off, as Hibernate's is by default: a second read of the same
 *       rows then sends SQL on both, and statement counts compare like with like. A chapter that wants the cache
 *       turns it on with a setting and says so;
 *   <li>each factory is a persistence unit and an EclipseLink session of its own name: EclipseLink shares a deployed
 *       session between factories of the same unit name, which would hand one factory another's settings;
 *   <li>EclipseLink logs through java.util.logging, bridged to SLF4J/logback at WARN like the others ({@link Logging}).
 * </ul>
 *
 * <p><b>The static metamodel.</b> Both providers fill the same static fields ({@code Student_.name}, ...) with their
 * own attribute objects when a factory starts, so in one JVM the provider that started last wins. Hibernate's
 * Criteria implementation needs its own objects there (it fails with a ClassCastException on EclipseLink's), while
 * EclipseLink's works with either. So the kit lets EclipseLink fill a metamodel class only while nobody else has:
 * once the fields hold objects, a new EclipseLink factory is pointed at a canonical-model package that does not exist
 * ({@code eclipselink.canonicalmodel.subpackage}) and leaves them alone. Hibernate always fills them. Whatever order
 * the factories start in, Criteria queries then work on both (chapter 03 shows the failure without this).
 */
public enum JpaProvider {
    HIBERNATE("Hibernate", "org.hibernate.jpa.HibernatePersistenceProvider") {
        @Override
        Map<String, Object> kitSettings(List<Class<?>> entities) {
            // Not jakarta.persistence.schema-generation.database.action=none: Hibernate lets that standard
            // setting win over hbm2ddl.auto, and validation would silently not happen.
            return Map.of(
                    "hibernate.hbm2ddl.auto", "validate",
                    "hibernate.show_sql", "false");
        }

        @Override
        void check(List<Class<?>> entities, Map<String, ?> overrides) {}
    },
    ECLIPSELINK("EclipseLink", "org.eclipse.persistence.jpa.PersistenceProvider") {
        @Override
        Map<String, Object> kitSettings(List<Class<?>> entities) {
            var settings = new HashMap<String, Object>(Map.of(
                    "eclipselink.weaving", "static",
                    "eclipselink.cache.shared.default", "false",
                    "eclipselink.logging.logger", "JavaLogger",
                    "eclipselink.logging.level", "WARNING",
                    "jakarta.persistence.schema-generation.database.action", "none"));
            if (entities.stream().anyMatch(JpaProvider::staticMetamodelFilled)) {
                settings.put("eclipselink.canonicalmodel.subpackage", LEAVE_METAMODEL_ALONE);
            }
            return settings;
        }

        @Override
        void check(List<Class<?>> entities, Map<String, ?> overrides) {
            if ("true".equals(String.valueOf(overrides.get(ALLOW_UNWOVEN)))) {
                return;
            }
            for (var entity : entities) {
                if (entity.isAnnotationPresent(Entity.class) && !PersistenceWeaved.class.isAssignableFrom(entity)) {
                    throw new IllegalStateException(entity.getName() + " is not woven for EclipseLink: its lazy"
                            + " @ManyToOne/@OneToOne would silently load eagerly, and fetch groups would fail. List it"
                            + " in src/main/weaving/META-INF/persistence.xml of its module (the parent pom weaves the"
                            + " classes listed there when the module compiles, and the kit's Weaving does when an IDE"
                            + " compiled them), or, to show what happens without weaving, set JpaProvider.ALLOW_UNWOVEN"
                            + " to \"true\".");
                }
            }
        }
    };

    /**
     * A kit setting, not a provider's: {@code "true"} lets EclipseLink start on entity classes that were not woven
     * (and turns its weaving off), for a test that shows what weaving changes. Without it such a class stops the
     * start with a message naming it.
     */
    public static final String ALLOW_UNWOVEN = "dev.ajp.kit.allowUnwovenEntities";

    private static final String LEAVE_METAMODEL_ALONE = "ajp_no_canonical_model_here";
    private static final AtomicInteger UNITS = new AtomicInteger();

    private final String displayName;
    private final String providerClassName;

    JpaProvider(String displayName, String providerClassName) {
        this.displayName = displayName;
        this.providerClassName = providerClassName;
    }

    /** The provider's settings that the kit always applies. */
    abstract Map<String, Object> kitSettings(List<Class<?>> entities);

    /** Refuses a start that would silently teach the wrong thing. */
    abstract void check(List<Class<?>> entities, Map<String, ?> overrides);

    /**
     * A new, deployed EntityManagerFactory on {@code dataSource} for these entities: the kit's settings, then {@code
     * overrides}. Chapters use {@link Frameworks}, which calls this once per settings and closes what it started.
     *
     * @throws IllegalStateException for an entity class EclipseLink would run unwoven, naming it
     */
    public EntityManagerFactory createEntityManagerFactory(
            DataSource dataSource, List<Class<?>> entities, Map<String, ?> overrides) {
        check(entities, overrides);
        var unit = displayName.toLowerCase() + "-" + UNITS.incrementAndGet();
        var configuration = new PersistenceConfiguration(unit)
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .provider(providerClassName);
        entities.forEach(configuration::managedClass);
        var properties = new HashMap<String, Object>();
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.putAll(kitSettings(entities));
        if (this == ECLIPSELINK) {
            properties.put("eclipselink.session-name", unit);
        }
        properties.putAll(overrides);
        if ("true".equals(String.valueOf(overrides.get(ALLOW_UNWOVEN)))) {
            properties.remove(ALLOW_UNWOVEN);
            properties.put("eclipselink.weaving", "false");
        }
        configuration.properties(properties);
        // Persistence.createEntityManagerFactory(configuration) would let the first provider on the class path
        // take it, whatever provider(...) says (Hibernate does): ask the named provider directly.
        var factory = provider().createEntityManagerFactory(configuration);
        try {
            // EclipseLink deploys the unit and logs in on the first EntityManager, not here. Do it now, so that its
            // start-up SQL never lands in the recording of the first thing a caller measures; and complete its
            // metamodel now, so that it writes the static metamodel (if it may) now and never later.
            factory.createEntityManager().close();
            factory.getMetamodel();
        } catch (RuntimeException e) {
            factory.close();
            throw e;
        }
        return factory;
    }

    /** Whether the static metamodel class of this entity ({@code Student_}) exists and a provider has filled it. */
    private static boolean staticMetamodelFilled(Class<?> entity) {
        Class<?> metamodel;
        try {
            metamodel = Class.forName(entity.getName() + "_", true, entity.getClassLoader());
        } catch (ClassNotFoundException none) {
            return false;
        }
        for (var field : metamodel.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Attribute.class.isAssignableFrom(field.getType())) {
                try {
                    if (field.get(null) != null) {
                        return true;
                    }
                } catch (IllegalAccessException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private PersistenceProvider provider() {
        return PersistenceProviderResolverHolder.getPersistenceProviderResolver().getPersistenceProviders().stream()
                .filter(p -> p.getClass().getName().equals(providerClassName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        displayName + " (" + providerClassName + ") is not on the class path"));
    }

    @Override
    public String toString() {
        return displayName;
    }
}
