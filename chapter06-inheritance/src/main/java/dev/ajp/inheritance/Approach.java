package dev.ajp.inheritance;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.Frameworks;
import jakarta.persistence.InheritanceType;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Every approach of the chapter: an inheritance strategy on a framework, under the name the README, the main, the
 * tests and the benchmark use. The JPA approaches run the same class on both providers; each strategy's factories
 * know only that strategy's entity classes, so that its entity names never meet another strategy's (or the shared
 * {@code dev.ajp.model.Student}) in one persistence unit. The {@code -projection} approaches are each provider's
 * best read-only form of a strategy: its reads build records without entities, its writes are the entity approach's.
 */
public enum Approach implements ChapterApproach {
    HIBERNATE_SINGLE_TABLE(
            "Hibernate/single-table",
            InheritanceType.SINGLE_TABLE,
            db -> new JpaSingleTable(jpa(db, JpaSingleTable.ENTITIES).hibernate())),
    ECLIPSELINK_SINGLE_TABLE(
            "EclipseLink/single-table",
            InheritanceType.SINGLE_TABLE,
            db -> new JpaSingleTable(jpa(db, JpaSingleTable.ENTITIES).eclipseLink())),
    HIBERNATE_SINGLE_TABLE_PROJECTION(
            "Hibernate/single-table-projection",
            InheritanceType.SINGLE_TABLE,
            db -> JpaSingleTableProjection.jpql(jpa(db, JpaSingleTable.ENTITIES).hibernate())),
    ECLIPSELINK_SINGLE_TABLE_PROJECTION(
            "EclipseLink/single-table-projection",
            InheritanceType.SINGLE_TABLE,
            db -> JpaSingleTableProjection.nativeSql(
                    jpa(db, JpaSingleTable.ENTITIES).eclipseLink())),
    JDBI_SINGLE_TABLE(
            "Jdbi/single-table",
            InheritanceType.SINGLE_TABLE,
            db -> new JdbiSingleTable(db.frameworks().jdbi())),

    HIBERNATE_JOINED(
            "Hibernate/joined",
            InheritanceType.JOINED,
            db -> JpaJoined.withOrderBy(jpa(db, JpaJoined.ENTITIES).hibernate())),
    ECLIPSELINK_JOINED(
            "EclipseLink/joined",
            InheritanceType.JOINED,
            db -> JpaJoined.withOrderBy(jpa(db, JpaJoined.ENTITIES).eclipseLink())),
    ECLIPSELINK_JOINED_WITHOUT_ORDER_BY(
            "EclipseLink/joined-without-order-by",
            InheritanceType.JOINED,
            db -> JpaJoined.withoutOrderBy(jpa(db, JpaJoined.ENTITIES).eclipseLink())),
    HIBERNATE_JOINED_PROJECTION(
            "Hibernate/joined-projection",
            InheritanceType.JOINED,
            db -> JpaJoinedProjection.jpql(jpa(db, JpaJoined.ENTITIES).hibernate())),
    ECLIPSELINK_JOINED_PROJECTION(
            "EclipseLink/joined-projection",
            InheritanceType.JOINED,
            db -> JpaJoinedProjection.nativeSql(jpa(db, JpaJoined.ENTITIES).eclipseLink())),
    JDBI_JOINED(
            "Jdbi/joined",
            InheritanceType.JOINED,
            db -> new JdbiJoined(db.frameworks().jdbi())),

    HIBERNATE_TABLE_PER_CLASS(
            "Hibernate/table-per-class",
            InheritanceType.TABLE_PER_CLASS,
            db -> new JpaTablePerClass(jpa(db, JpaTablePerClass.ENTITIES).hibernate())),
    ECLIPSELINK_TABLE_PER_CLASS(
            "EclipseLink/table-per-class",
            InheritanceType.TABLE_PER_CLASS,
            db -> new JpaTablePerClass(jpa(db, JpaTablePerClass.ENTITIES).eclipseLink())),
    HIBERNATE_TABLE_PER_CLASS_PROJECTION(
            "Hibernate/table-per-class-projection",
            InheritanceType.TABLE_PER_CLASS,
            db -> JpaTablePerClassProjection.jpql(
                    jpa(db, JpaTablePerClass.ENTITIES).hibernate())),
    ECLIPSELINK_TABLE_PER_CLASS_PROJECTION(
            "EclipseLink/table-per-class-projection",
            InheritanceType.TABLE_PER_CLASS,
            db -> JpaTablePerClassProjection.nativeSql(
                    jpa(db, JpaTablePerClass.ENTITIES).eclipseLink())),
    JDBI_TABLE_PER_CLASS(
            "Jdbi/table-per-class",
            InheritanceType.TABLE_PER_CLASS,
            db -> new JdbiTablePerClass(db.frameworks().jdbi()));

    private final String label;
    private final InheritanceType strategy;
    private final Function<Database, People> create;

    Approach(String label, InheritanceType strategy, Function<Database, People> create) {
        this.label = label;
        this.strategy = strategy;
        this.create = create;
    }

    /** The approach, ready to run, on this database (its factory started, outside any recording, if not yet). */
    public People on(Database db) {
        return create.apply(db);
    }

    @Override
    public Set<DatabaseSettings.Kind> databases() {
        return EVERY_DATABASE; // every approach of this chapter runs on every database
    }

    /** The name used everywhere: README, main, tests, benchmark. */
    @Override
    public String label() {
        return label;
    }

    /** The layout of the tables it works on, as JPA names it (Jdbi's approaches write the same tables by hand). */
    public InheritanceType strategy() {
        return strategy;
    }

    @Override
    public String toString() {
        return label;
    }

    private static Frameworks jpa(Database db, List<Class<?>> entities) {
        return db.frameworks(entities.toArray(Class<?>[]::new));
    }
}
