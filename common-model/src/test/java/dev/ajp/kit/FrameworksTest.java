package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import dev.ajp.model.Student_;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one way a chapter starts its frameworks: once per settings, in any order, on woven entities only. */
class FrameworksTest {

    private Database db;
    private Frameworks frameworks;

    @BeforeEach
    void open() {
        db = Database.loaded(SampleData.canonical());
        frameworks = db.frameworks(Student.class, Course.class);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachFactoryIsStartedOncePerProviderAndSettings() {
        assertThat(frameworks.hibernate())
                .isSameAs(frameworks.hibernate())
                .isSameAs(frameworks.jpa(JpaProvider.HIBERNATE));
        assertThat(frameworks.eclipseLink()).isSameAs(frameworks.jpa(JpaProvider.ECLIPSELINK));
        var batched = frameworks.hibernate(Map.of("hibernate.jdbc.batch_size", "50"));
        assertThat(batched)
                .isSameAs(frameworks.hibernate(Map.of("hibernate.jdbc.batch_size", "50")))
                .isNotSameAs(frameworks.hibernate());
        assertThat(db.frameworks(Student.class, Course.class)).isSameAs(frameworks);
        assertThat(frameworks.jdbi()).isSameAs(db.frameworks().jdbi());
    }

    @Test
    void startingAFactoryInsideARecordingRecordsNothingOfItsStartUp() {
        var recording = db.recorder().record(() -> {
            readAlice(frameworks.hibernate()); // started here: schema validation and all
            readAlice(frameworks.eclipseLink()); // started here: login, sequence and all
        });

        assertThat(recording.outline()).containsExactly("select", "select");
    }

    @Test
    void twoEclipseLinkFactoriesOfOneDatabaseKeepTheirOwnSettings() {
        var cached = frameworks.eclipseLink(Map.of("eclipselink.cache.shared.default", "true"));
        var uncached = frameworks.eclipseLink();

        // EclipseLink shares a deployed session between factories of the same unit name; the kit names each one.
        readAlice(cached);
        readAlice(uncached);
        assertThat(db.recorder().record(() -> readAlice(cached)).count()).isZero();
        assertThat(db.recorder().record(() -> readAlice(uncached)).count()).isEqualTo(1);
    }

    @Test
    void theDatabaseClosesTheFactoriesItStarted() {
        var hibernate = frameworks.hibernate();
        var eclipseLink = frameworks.eclipseLink();

        db.close();

        assertThat(hibernate.isOpen()).isFalse();
        assertThat(eclipseLink.isOpen()).isFalse();
        db = Database.open(); // for @AfterEach
    }

    @Test
    void criteriaQueriesWorkOnBothProvidersWhateverOrderTheyStarted() {
        try (var other = Database.loaded(SampleData.canonical())) {
            // This database: Hibernate first. The other one: EclipseLink first.
            var hibernateFirst = List.of(frameworks.hibernate(), frameworks.eclipseLink());
            var otherFrameworks = other.frameworks(Student.class, Course.class);
            var eclipseLinkFirst = List.of(otherFrameworks.eclipseLink(), otherFrameworks.hibernate());

            assertThat(Student_.name.getClass().getName()).startsWith("org.hibernate.");
            for (var emf : List.of(
                    hibernateFirst.get(0), hibernateFirst.get(1), eclipseLinkFirst.get(0), eclipseLinkFirst.get(1))) {
                assertThat(namesOlderThan21(emf)).containsExactly("Alice", "Carol", "Eve");
            }
        }
    }

    @Test
    void anUnwovenEntityStopsEclipseLinkNamingTheClass() {
        var unwoven = db.frameworks(Student.class, Course.class, Unwoven.class);

        assertThatThrownBy(unwoven::eclipseLink)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith(Unwoven.class.getName() + " is not woven for EclipseLink")
                .hasMessageContaining("src/main/weaving/META-INF/persistence.xml")
                .hasMessageContaining("JpaProvider.ALLOW_UNWOVEN");
        // Hibernate does not need weaving; and a test that shows what weaving changes says so.
        assertThat(unwoven.hibernate().isOpen()).isTrue();
        assertThat(unwoven.eclipseLink(Map.of(JpaProvider.ALLOW_UNWOVEN, "true"))
                        .isOpen())
                .isTrue();
    }

    @Test
    void aSecondDataSourceWithDriverPropertiesSharesTheTablesAndTheRecorderOnPostgreSQLOnly() throws Exception {
        var properties = Map.of("ApplicationName", "ajp-kit-test");
        if (db.settings().kind() == DatabaseSettings.Kind.H2) {
            assertThatThrownBy(() -> db.dataSource(properties))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("{ApplicationName=ajp-kit-test} are for PostgreSQL's driver")
                    .hasMessageContaining("-Ppostgres");
            return;
        }
        var extra = db.dataSource(properties);
        assertThat(db.dataSource(Map.of("ApplicationName", "ajp-kit-test"))).isSameAs(extra);

        var recording = db.recorder().record(() -> {
            try (var connection = extra.getConnection();
                    var statement = connection.createStatement();
                    var rows = statement.executeQuery(
                            "select current_setting('application_name'), count(*) from students")) {
                rows.next();
                return rows.getString(1) + " " + rows.getLong(2);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(recording.result()).isEqualTo("ajp-kit-test 5");
        assertThat(recording.count()).isEqualTo(1);
        assertThat(db.frameworks(properties, Student.class, Course.class)
                        .hibernate()
                        .isOpen())
                .isTrue();
    }

    /** An entity compiled as a test class: the build weaves only what src/main/weaving lists. */
    @Entity
    @Table(name = "students")
    static class Unwoven {
        @Id
        Long id;
    }

    private static void readAlice(EntityManagerFactory emf) {
        try (var em = emf.createEntityManager()) {
            em.find(Student.class, 1L).getName();
        }
    }

    private static List<String> namesOlderThan21(EntityManagerFactory emf) {
        try (var em = emf.createEntityManager()) {
            var cb = em.getCriteriaBuilder();
            var query = cb.createQuery(String.class);
            var student = query.from(Student.class);
            query.select(student.get(Student_.name))
                    .where(cb.gt(student.get(Student_.age), 21))
                    .orderBy(cb.asc(student.get(Student_.id)));
            return em.createQuery(query).getResultList();
        }
    }
}
