package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.inheritance.joined.UntypedJoinedPerson;
import dev.ajp.inheritance.joined.UntypedJoinedStudent;
import dev.ajp.inheritance.joined.UntypedJoinedTeacher;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.Logging;
import dev.ajp.kit.RecordedStatement;
import dev.ajp.kit.StatementKind;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where each provider expects the class of a row: the {@code type} column that {@code @DiscriminatorColumn} names
 * and {@code @DiscriminatorValue} fills, and what happens without it for JOINED.
 */
class DiscriminatorTest {

    private Database db;

    @BeforeEach
    void open() {
        // EclipseLink logs the failed query it is about to throw: the test asserts the exception instead.
        Logging.quiet("org.eclipse.persistence");
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(
            value = Approach.class,
            names = {
                "HIBERNATE_SINGLE_TABLE",
                "ECLIPSELINK_SINGLE_TABLE",
                "JDBI_SINGLE_TABLE",
                "HIBERNATE_JOINED",
                "ECLIPSELINK_JOINED",
                "JDBI_JOINED"
            })
    void everyFrameworkWritesTheValueOfDiscriminatorValueIntoType(Approach approach) {
        var table = approach.strategy() == InheritanceType.SINGLE_TABLE ? "persons" : "joined_persons";

        var added = approach.on(db).add(PeopleTest.NEW_PERSONS);

        // @DiscriminatorValue("person"), ("teacher"), ("student"); Jdbi writes the same values by hand.
        assertThat(added)
                .extracting(person -> type(table, person.id()))
                .containsExactly("person", "teacher", "student");
    }

    @Test
    void hibernateWritesTheDiscriminatorIntoTheSqlAndEclipseLinkBindsIt() {
        var teacher = List.<Person>of(new Teacher("Helen", "Art"));

        var hibernate = db.recorder()
                .record(() -> Approach.HIBERNATE_SINGLE_TABLE.on(db).add(teacher));
        var eclipseLink = db.recorder()
                .record(() -> Approach.ECLIPSELINK_SINGLE_TABLE.on(db).add(teacher));

        assertThat(insert(hibernate.statements()))
                .isEqualTo("insert into persons (name,subject,type,id) values (?,?,'teacher',?)");
        assertThat(insert(eclipseLink.statements()))
                .isEqualTo("INSERT INTO persons (ID, NAME, SUBJECT, type) VALUES (?, ?, ?, ?)");
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void joinedWithADiscriminatorColumnBothProvidersReadTheTypeColumn(JpaProvider provider) {
        var people = provider == JpaProvider.HIBERNATE ? Approach.HIBERNATE_JOINED : Approach.ECLIPSELINK_JOINED;

        var recording = db.recorder().record(people.on(db)::all);

        var sql = recording.statements().get(0).sql();
        assertThat(sql)
                .contains(provider == JpaProvider.HIBERNATE ? "jp1_0.type" : "t0.type")
                .doesNotContain("case");
        assertThat(recording.result()).isEqualTo(School.canonical().persons());
    }

    @Test
    void withoutADiscriminatorColumnHibernateFindsTheClassWithACaseOverTheJoinedTables() {
        var hibernate = db.frameworks(UntypedJoinedPerson.class, UntypedJoinedTeacher.class, UntypedJoinedStudent.class)
                .hibernate();

        var recording = db.recorder().record(() -> {
            try (var em = hibernate.createEntityManager()) {
                return em
                        .createQuery("select p from UntypedJoinedPerson p order by p.id", UntypedJoinedPerson.class)
                        .getResultList()
                        .stream()
                        .map(p -> p.getClass().getSimpleName())
                        .toList();
            }
        });

        assertThat(recording.count()).isEqualTo(1);
        // 1, 2 and 0 are Hibernate's own numbers for the three classes; the type column is never read.
        assertThat(recording.statements().get(0).sql())
                .isEqualTo("select ujp1_0.id,case when ujp1_2.id is not null then 1 when ujp1_1.id is not null then 2"
                        + " when ujp1_0.id is not null then 0 end,ujp1_0.name,ujp1_1.grade,ujp1_2.subject"
                        + " from joined_persons ujp1_0"
                        + " left join joined_students ujp1_1 on ujp1_0.id=ujp1_1.id"
                        + " left join joined_teachers ujp1_2 on ujp1_0.id=ujp1_2.id order by ujp1_0.id");
        assertThat(recording.result())
                .containsExactly(
                        "UntypedJoinedStudent",
                        "UntypedJoinedTeacher",
                        "UntypedJoinedStudent",
                        "UntypedJoinedStudent",
                        "UntypedJoinedTeacher",
                        "UntypedJoinedStudent",
                        "UntypedJoinedStudent",
                        "UntypedJoinedPerson");
    }

    @Test
    void withoutADiscriminatorColumnEclipseLinkReadsAColumnDtypeThatIsNotThere() {
        var eclipseLink = db.frameworks(
                        UntypedJoinedPerson.class, UntypedJoinedTeacher.class, UntypedJoinedStudent.class)
                .eclipseLink();

        assertThatThrownBy(() -> {
                    try (var em = eclipseLink.createEntityManager()) {
                        em.createQuery("select p from UntypedJoinedPerson p order by p.id", UntypedJoinedPerson.class)
                                .getResultList();
                    }
                })
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("Call: SELECT t0.ID, t0.DTYPE, t0.NAME, ")
                .hasMessageContaining(
                        switch (DatabaseSettings.fromEnvironment().kind()) {
                            case H2 -> "Column \"T0.DTYPE\" not found";
                            case POSTGRES -> "column t0.dtype does not exist";
                        });
        // H2 refuses the text when it is prepared, PostgreSQL when it is executed: one failed SELECT either way.
        var failed = db.recorder().recording().failedStatements();
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).sql()).startsWith("SELECT t0.ID, t0.DTYPE, t0.NAME, ");
    }

    private String type(String table, long id) {
        return db.frameworks()
                .jdbi()
                .withHandle(handle -> handle.createQuery("select type from " + table + " where id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .one());
    }

    private static String insert(List<RecordedStatement> statements) {
        return statements.stream()
                .filter(s -> s.kind() == StatementKind.INSERT)
                .findFirst()
                .orElseThrow()
                .sql();
    }
}
