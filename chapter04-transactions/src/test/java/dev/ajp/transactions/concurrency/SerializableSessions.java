package dev.ajp.transactions.concurrency;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * EclipseLink's way to choose the isolation level: a session customizer, named in the setting
 * {@code eclipselink.session.customizer}, that sets it on the login. EclipseLink then sets it on every connection it
 * takes from the DataSource.
 */
// tag::customizer[]
public class SerializableSessions implements SessionCustomizer {
    @Override
    public void customize(Session session) {
        ((DatabaseLogin) session.getDatasourceLogin()).setTransactionIsolation(DatabaseLogin.TRANSACTION_SERIALIZABLE);
    }
}
// end::customizer[]
