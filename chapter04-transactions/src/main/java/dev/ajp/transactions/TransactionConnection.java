package dev.ajp.transactions;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import org.hibernate.Session;

/**
 * The JDBC connection of an EntityManager's active transaction, which each provider hands out its own way. There is
 * no portable one: Hibernate refuses {@code em.unwrap(Connection.class)} ("Hibernate cannot unwrap ... as
 * java.sql.Connection"), and EclipseLink 5.0.0 passes {@code null} to JPA 3.2's {@code em.callWithConnection} (it
 * asks the EntityManager's session for the connection, not the unit of work that holds the transaction's).
 */
public final class TransactionConnection {

    private TransactionConnection() {}

    public static Connection of(EntityManager em) {
        if (em.getDelegate() instanceof Session session) {
            // Hibernate keeps the connection until the transaction ends: it is safe to use until commit.
            return session.doReturningWork(connection -> connection);
        }
        return em.unwrap(Connection.class); // EclipseLink: begins the database transaction if not yet begun
    }
}
