package dev.ajp.events;

import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;

/**
 * Registers a Hibernate event listener on one factory: an {@link Integrator}, handed to Hibernate by the bootstrap
 * setting {@code hibernate.integrator_provider}, which appends the listener to the insert events while the factory
 * starts. (An integrator listed in {@code META-INF/services} would be found on its own, but in every factory of the
 * class path.)
 *
 * <p>A record, so that two registrations of the same listener class are equal: the kit starts one factory per distinct
 * settings, and {@link #settings} gives equal settings for the same listener.
 *
 * @param listener a class implementing {@link PreInsertEventListener}, {@link PostInsertEventListener} or both, with a
 *     constructor without arguments
 */
public record HibernateListenerIntegrator(Class<?> listener) implements Integrator, IntegratorProvider {

    /** The factory settings that install {@code listener}. */
    // tag::settings[]
    public static Map<String, Object> settings(Class<?> listener) {
        return Map.of("hibernate.integrator_provider", new HibernateListenerIntegrator(listener));
    }
    // end::settings[]

    @Override
    public List<Integrator> getIntegrators() {
        return List.of(this);
    }

    // tag::integrate[]
    @Override
    public void integrate(Metadata metadata, BootstrapContext context, SessionFactoryImplementor factory) {
        var instance = newListener();
        var registry = factory.getEventListenerRegistry();
        if (instance instanceof PreInsertEventListener preInsert) {
            registry.appendListeners(EventType.PRE_INSERT, preInsert);
        }
        if (instance instanceof PostInsertEventListener postInsert) {
            registry.appendListeners(EventType.POST_INSERT, postInsert);
        }
    }
    // end::integrate[]

    private Object newListener() {
        try {
            return listener.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(listener + " needs a public constructor without arguments", e);
        }
    }
}
