package dev.ajp.querying;

import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The three frameworks on one database: an EntityManagerFactory of each JPA provider and Jdbi with the SqlObject
 * plugin, all on the database's one DataSource.
 */
public record Frameworks(EntityManagerFactory hibernate, EntityManagerFactory eclipseLink, Jdbi jdbi) {

    /**
     * Starts both providers and Jdbi on {@code db}; they are closed with it.
     *
     * <p>EclipseLink is started (deployed) first, on purpose. Each provider, when it starts, writes its own attribute
     * objects into the static metamodel fields ({@code Student_.name}, ...), which every factory in the JVM shares.
     * Hibernate's Criteria implementation casts them to its own classes and fails with a ClassCastException on
     * EclipseLink's; EclipseLink's works with either. Started in this order, Hibernate's are the ones left there.
     */
    public static Frameworks on(Database db) {
        // The kit deploys each unit as it creates the factory, so this order is the order the metamodel is filled.
        var eclipseLink = db.entityManagerFactory(JpaProvider.ECLIPSELINK, Student.class, Course.class);
        var hibernate = db.entityManagerFactory(JpaProvider.HIBERNATE, Student.class, Course.class);
        var jdbi = db.jdbi().installPlugin(new SqlObjectPlugin());
        return new Frameworks(hibernate, eclipseLink, jdbi);
    }

    /** The factory of one provider. */
    public EntityManagerFactory jpa(JpaProvider provider) {
        return provider == JpaProvider.HIBERNATE ? hibernate : eclipseLink;
    }
}
