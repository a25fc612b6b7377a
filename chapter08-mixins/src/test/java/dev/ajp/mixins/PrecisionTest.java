package dev.ajp.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.InstantAsOffsetDateTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code Instant.now()} has nanoseconds on Linux; both databases keep microseconds, and they round, they do not
 * truncate.
 */
class PrecisionTest {

    private static final Instant WITH_NANOS = Instant.parse("2026-01-15T12:00:00.123456789Z");
    private static final Instant ROUNDED = Instant.parse("2026-01-15T12:00:00.123457Z");

    private Database db;

    @BeforeEach
    void open() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theDatabaseRoundsNanosecondsSoTheReloadIsNotWhatTheEntityHeld(JpaProvider provider) {
        var factory = db.frameworks(Moment.class, InstantAsOffsetDateTime.class).jpa(provider);
        var moment = new Moment(WITH_NANOS);
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            em.persist(moment);
            em.getTransaction().commit();
        }

        Instant reloaded;
        try (var em = factory.createEntityManager()) {
            reloaded = em.find(Moment.class, moment.getId()).getInstant();
        }

        assertThat(moment.getInstant()).isEqualTo(WITH_NANOS);
        assertThat(reloaded).isEqualTo(ROUNDED).isNotEqualTo(moment.getInstant());
        // Truncating afterwards does not give the stored value either: .123456 is not .123457.
        assertThat(WITH_NANOS.truncatedTo(ChronoUnit.MICROS)).isNotEqualTo(reloaded);
    }

    @Test
    void jdbiBindsTheNanosecondsAndTheDatabaseRoundsThemToo() {
        var stored = db.frameworks().jdbi().withHandle(h -> {
            h.createUpdate("insert into moments (id, instant_tz) values (1, :at)")
                    .bind("at", WITH_NANOS)
                    .execute();
            return h.createQuery("select instant_tz from moments where id = 1")
                    .map((rs, ctx) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                    .one();
        });

        assertThat(stored).isEqualTo(ROUNDED);
    }

    @ParameterizedTest
    @EnumSource(
            value = Approach.class,
            names = {
                "HIBERNATE_CALLBACKS",
                "ECLIPSELINK_CALLBACKS",
                "HIBERNATE_CREATION_TIMESTAMP",
                "JDBI_SQL_OBJECT_MIXIN"
            })
    void theApproachesOnTheJvmsClockTruncateBeforeTheyWriteSoTheReloadEqualsWhatTheyHold(Approach approach) {
        var clock = new TickingClock(); // its first reading is 12:00:00.123456789
        var rows = approach.on(db, clock);

        var alice = rows.insertStudents(NewStudent.fromTheTutorial()).get(0);

        // The mixin and the Jdbi DAO truncate themselves; Hibernate truncates its readings to the column's precision.
        assertThat(alice.createdAt()).isEqualTo(Instant.parse("2026-01-15T12:00:00.123456Z"));
        assertThat(rows.reload(alice.id())).isEqualTo(alice);
    }
}
