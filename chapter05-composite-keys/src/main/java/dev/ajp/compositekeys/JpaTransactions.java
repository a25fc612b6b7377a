package dev.ajp.compositekeys;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;

/** One EntityManager, one transaction: committed when the work returns, rolled back when it throws. */
final class JpaTransactions {

    private JpaTransactions() {}

    static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        try (var em = factory.createEntityManager()) {
            var transaction = em.getTransaction();
            transaction.begin();
            try {
                var result = work.apply(em);
                transaction.commit();
                return result;
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw e;
            }
        }
    }
}
