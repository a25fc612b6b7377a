package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.inheritance.singletable.SingleTablePerson;
import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The read-only hints the JPA approaches set ({@link ReadOnly}): each provider reads its own and ignores the other's;
 * the SQL stays the same, and the entities come back unmanaged by the provider's change tracking.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyHintsTest {

    private static final String EVERYBODY = "select p from SingleTablePerson p order by p.id";

    private Database db;

    @BeforeAll
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterAll
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theHintsChangeNothingInTheSqlAndLeaveTheEntitiesUntracked(JpaProvider provider) {
        var factory =
                db.frameworks(JpaSingleTable.ENTITIES.toArray(Class<?>[]::new)).jpa(provider);
        try (var em = factory.createEntityManager()) {
            var plain = db.recorder()
                    .record(() ->
                            em.createQuery(EVERYBODY, SingleTablePerson.class).getResultList());
            var plainTracked = tracked(provider, em, plain.result());
            em.clear();
            var readOnly = db.recorder()
                    .record(() -> ReadOnly.readOnly(em.createQuery(EVERYBODY, SingleTablePerson.class))
                            .getResultList());

            assertThat(readOnly.statements()).isEqualTo(plain.statements());
            assertThat(plainTracked).hasSize(8).containsOnly(true);
            assertThat(tracked(provider, em, readOnly.result())).hasSize(8).containsOnly(false);
        }
    }

    /**
     * Whether the provider would look for changes in each entity at flush: Hibernate keeps read-only entities in the
     * persistence context without a snapshot; EclipseLink does not register them in its unit of work at all.
     */
    private static List<Boolean> tracked(JpaProvider provider, EntityManager em, List<SingleTablePerson> entities) {
        return entities.stream()
                .map(entity -> switch (provider) {
                    case HIBERNATE -> !em.unwrap(Session.class).isReadOnly(entity);
                    case ECLIPSELINK -> em.contains(entity);
                })
                .toList();
    }
}
