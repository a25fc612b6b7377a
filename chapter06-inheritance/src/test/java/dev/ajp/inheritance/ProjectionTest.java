package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.inheritance.joined.JoinedStudent;
import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.hibernate.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Why the {@code -projection} approaches read everybody in JPQL on Hibernate and in native SQL on EclipseLink: the same
 * JPQL constructor projection, with {@code type(p)} and {@code treat(p as ...)} in the SELECT clause, is every person
 * on Hibernate and nobody on EclipseLink 5.0, which turns each {@code treat} into a condition on the discriminator
 * and sends both, without an error. (Its table-per-class root fails sooner: {@code type(p)} throws EclipseLink-6093,
 * {@link TablePerClassTest}.) And what a projection saves: no entity in the persistence context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionTest {

    private static final String EVERY_PERSON = """
            select new dev.ajp.inheritance.PersonRow(p.id, type(p), p.name,
                   treat(p as SingleTableTeacher).subject, treat(p as SingleTableStudent).grade)
              from SingleTablePerson p
             order by p.id""";

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
    void aTreatInTheSelectClauseIsEveryPersonOnHibernateAndNobodyOnEclipseLink(JpaProvider provider) {
        var emf = db.frameworks(JpaSingleTable.ENTITIES.toArray(Class<?>[]::new))
                .jpa(provider); // started outside the recording

        var recording = db.recorder().record(() -> {
            try (var em = emf.createEntityManager()) {
                return em.createQuery(EVERY_PERSON, PersonRow.class).getResultList().stream()
                        .map(PersonRow::person)
                        .toList();
            }
        });

        assertThat(recording.statements()).hasSize(1);
        var sql = recording.statements().get(0).sql();
        if (provider == JpaProvider.HIBERNATE) {
            assertThat(recording.result()).isEqualTo(School.canonical().persons());
            assertThat(sql)
                    .isEqualTo("select stp1_0.id,stp1_0.type,stp1_0.name,stp1_0.subject,stp1_0.grade"
                            + " from persons stp1_0 order by stp1_0.id");
        } else {
            assertThat(recording.result()).isEqualTo(List.of());
            assertThat(sql)
                    .isEqualTo("SELECT ID, type, NAME, SUBJECT, GRADE FROM persons WHERE ((type = ?) AND (type = ?))"
                            + " ORDER BY ID");
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aConstructorProjectionLeavesThePersistenceContextEmptyWhereTheEntityQueryFillsIt(JpaProvider provider) {
        var emf = db.frameworks(JpaJoined.ENTITIES.toArray(Class<?>[]::new)).jpa(provider);
        var students = School.canonical().only(GradedStudent.class);

        try (var em = emf.createEntityManager()) {
            var records = em.createQuery(
                            "select new dev.ajp.inheritance.GradedStudent(s.id, s.name, s.grade) from JoinedStudent s"
                                    + " order by s.id",
                            GradedStudent.class)
                    .getResultList();

            assertThat(records).isEqualTo(students);
            assertThat(managed(provider, em)).isZero();
        }
        try (var em = emf.createEntityManager()) {
            var entities = em.createQuery("select s from JoinedStudent s order by s.id", JoinedStudent.class)
                    .getResultList();

            assertThat(entities).hasSameSizeAs(students);
            assertThat(managed(provider, em)).isEqualTo(students.size());
        }
    }

    /** The entities the EntityManager holds: Hibernate's persistence context, EclipseLink's unit of work. */
    private static int managed(JpaProvider provider, EntityManager em) {
        return switch (provider) {
            case HIBERNATE -> em.unwrap(Session.class).getStatistics().getEntityCount();
            case ECLIPSELINK ->
                em.unwrap(UnitOfWorkImpl.class).getCloneMapping().size();
        };
    }
}
