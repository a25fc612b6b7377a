package dev.ajp.kit;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.PersistenceUnitTransactionType;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The two JPA providers, each bootstrapped from a JPA 3.2 {@link PersistenceConfiguration} (no persistence.xml) on
 * a DataSource the caller owns. Tests and benchmarks iterate over this enum to run the same JPA code on both.
 *
 * <p>What the kit sets, and why:
 *
 * <ul>
 *   <li>no provider creates tables: each module's SQL script is the schema, the same for all three frameworks;
 *   <li>Hibernate validates its mapping against that schema at start ({@code hibernate.hbm2ddl.auto=validate}), so
 *       a mapping that drifts from the script fails loudly;
 *   <li>EclipseLink runs on entities woven at build time ({@code eclipselink.weaving=static}; see the
 *       {@code eclipselink-static-weaving} profile of the parent pom): without weaving it silently turns lazy
 *       to-one associations eager;
 *   <li>EclipseLink's shared (second-level) cache is off, as Hibernate's is by default: a second read of the same
 *       rows then sends SQL on both, and statement counts compare like with like. A chapter that wants the cache
 *       turns it on with an override and says so;
 *   <li>EclipseLink logs through java.util.logging, bridged to SLF4J/logback at WARN like the others.
 * </ul>
 *
 * <p>Both providers in one JVM share one static metamodel ({@code Student_}, {@code Course_}): each writes its own
 * attribute objects into those static fields when a factory starts. Hibernate's Criteria API needs its own objects
 * there (it fails with a ClassCastException on EclipseLink's), while EclipseLink accepts either: where one process
 * runs Criteria queries on both, start the EclipseLink factory first (chapter 03 shows this).
 */
public enum JpaProvider {
    HIBERNATE("Hibernate", "org.hibernate.jpa.HibernatePersistenceProvider") {
        @Override
        Map<String, Object> kitSettings() {
            // Not jakarta.persistence.schema-generation.database.action=none: Hibernate lets that standard
            // setting win over hbm2ddl.auto, and validation would silently not happen.
            return Map.of(
                    "hibernate.hbm2ddl.auto", "validate",
                    "hibernate.show_sql", "false");
        }
    },
    ECLIPSELINK("EclipseLink", "org.eclipse.persistence.jpa.PersistenceProvider") {
        @Override
        Map<String, Object> kitSettings() {
            return Map.of(
                    "eclipselink.weaving", "static",
                    "eclipselink.cache.shared.default", "false",
                    "eclipselink.logging.logger", "JavaLogger",
                    "eclipselink.logging.level", "WARNING",
                    "jakarta.persistence.schema-generation.database.action", "none");
        }
    };

    private final String displayName;
    private final String providerClassName;

    JpaProvider(String displayName, String providerClassName) {
        this.displayName = displayName;
        this.providerClassName = providerClassName;
    }

    /** The provider's settings that the kit always applies. */
    abstract Map<String, Object> kitSettings();

    /**
     * A new EntityManagerFactory on {@code dataSource} for these entities: the kit's settings, then {@code
     * overrides}. Prefer {@link Database#entityManagerFactory}, which also closes it.
     */
    public EntityManagerFactory createEntityManagerFactory(
            DataSource dataSource, List<Class<?>> entities, Map<String, ?> overrides) {
        var configuration = new PersistenceConfiguration(displayName.toLowerCase() + "-" + entities.size())
                .transactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL)
                .provider(providerClassName);
        entities.forEach(configuration::managedClass);
        var properties = new HashMap<String, Object>();
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.putAll(kitSettings());
        properties.putAll(overrides);
        configuration.properties(properties);
        // Persistence.createEntityManagerFactory(configuration) would let the first provider on the class path
        // take it, whatever provider(...) says (Hibernate does): ask the named provider directly.
        var factory = provider().createEntityManagerFactory(configuration);
        // EclipseLink deploys the unit and logs in on the first EntityManager, not here. Do it now, so that its
        // start-up SQL never lands in the recording of the first thing a caller measures.
        factory.createEntityManager().close();
        return factory;
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
