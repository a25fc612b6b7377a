package dev.ajp.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.JpaProvider;
import dev.ajp.model.InstantAsOffsetDateTime;
import jakarta.persistence.EntityManagerFactory;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.exceptions.ConversionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The type of the column, and the zone the application runs in. The servers and the build JVMs of this project run in
 * UTC; the tests that need another zone run as an application in New York ({@link NewYork}), where noon UTC is 07:00.
 */
class TimeZoneTest {

    private static final Instant NOON_UTC = Instant.parse("2026-01-15T12:00:00Z");

    private static boolean postgres() {
        return DatabaseSettings.fromEnvironment().kind() == DatabaseSettings.Kind.POSTGRES;
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void eclipseLinksDdlGivesAnInstantAndAnOffsetDateTimeATimestampWithoutTimeZone(JpaProvider provider) {
        try (var db = ChapterDatabase.open()) {
            var ddl = new StringWriter();
            provider.createEntityManagerFactory(
                            db.dataSource(),
                            List.of(Moment.class, InstantAsOffsetDateTime.class),
                            Map.of(
                                    "jakarta.persistence.schema-generation.scripts.action", "create",
                                    "jakarta.persistence.schema-generation.scripts.create-target", ddl,
                                    "eclipselink.ddl-generation.output-mode", "sql-script"))
                    .close();

            assertThat(ddl.toString().lines().filter(line -> line.toLowerCase().startsWith("create table moments")))
                    .containsExactly(
                            switch (provider) {
                                case HIBERNATE ->
                                    "create table moments (id bigint not null, instant_local timestamp(6) with time zone,"
                                            + " instant_tz timestamp(6) with time zone, offset_tz timestamp(6) with time"
                                            + " zone, primary key (id));";
                                case ECLIPSELINK ->
                                    "CREATE TABLE moments (ID BIGINT NOT NULL, instant_tz TIMESTAMP, offset_tz TIMESTAMP,"
                                            + " instant_local TIMESTAMP, PRIMARY KEY (ID))";
                            });
        }
    }

    @Test
    void utcnowsFaithfulJavaCopyIsLocalDateTimeNowInUtcNotTheJvmsWallClock() {
        try (var newYork = DefaultTimeZone.set(NewYork.ZONE)) {
            var clock = Clock.fixed(NOON_UTC, ZoneId.systemDefault()); // what LocalDateTime.now() reads
            // datetime.utcnow(): UTC, no zone attached, whatever the host's zone
            assertThat(LocalDateTime.now(clock.withZone(ZoneOffset.UTC))).isEqualTo("2026-01-15T12:00");
            // LocalDateTime.now(): the wall clock of wherever the JVM runs
            assertThat(LocalDateTime.now(clock)).isEqualTo("2026-01-15T07:00");
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void inATimestampWithoutTimeZoneAnInstantIsStoredAsSomeonesWallClock(JpaProvider provider) {
        try (var newYork = new NewYork()) {
            var db = newYork.db();
            var id = persist(
                    db.frameworks(Moment.class, InstantAsOffsetDateTime.class).jpa(provider), NOON_UTC);

            // The column with time zone keeps the instant; the one without keeps a wall-clock time, whose zone is
            // gone: EclipseLink binds a java.sql.Timestamp, read as New York's wall clock (07:00). Hibernate writes
            // New York's on H2 and UTC's (12:00) on PostgreSQL. A reader in another zone reads another instant.
            assertThat(instant(db, "select instant_tz from moments where id = " + id))
                    .isEqualTo(NOON_UTC);
            assertThat(text(db, "select cast(instant_local as varchar(40)) from moments where id = " + id))
                    .isEqualTo(
                            provider == JpaProvider.HIBERNATE && postgres()
                                    ? "2026-01-15 12:00:00"
                                    : "2026-01-15 07:00:00");
        }
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void aTimestampWithTimeZoneKeepsTheInstantWhateverTheApplicationsZone(Approach approach) {
        try (var newYork = new NewYork()) {
            var db = newYork.db();
            var clock = Clock.fixed(NOON_UTC, ZoneId.of(NewYork.ZONE));
            if (!approach.runsOn(db.settings().kind())) {
                // EclipseLink @ReturnInsert on H2 (its H2 platform cannot build an INSERT with a RETURNING clause):
                // refused before anything is written, saying where it runs.
                assertThatThrownBy(() -> approach.on(db, clock))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("EclipseLink/return-insert runs on PostgreSQL only, not on H2."
                                + " Run it with DB=postgres.");
                assertThat(approach).isEqualTo(Approach.ECLIPSELINK_RETURNING);
                assertThat(text(db, "select cast(count(*) as varchar(10)) from db_clock_students"))
                        .isEqualTo("0");
                return;
            }
            var rows = approach.on(db, clock);
            var before = instant(db, "select current_timestamp");

            var written = rows.insertStudents(NewStudent.fromTheTutorial()).get(0);

            var after = instant(db, "select current_timestamp");
            switch (approach.clocked()) {
                case JVM -> assertThat(written.createdAt()).isEqualTo(NOON_UTC);
                // @CurrentTimestamp writes localtimestamp, New York's wall clock: the column turns it back into the
                // instant it was.
                case DATABASE -> assertThat(written.createdAt()).isBetween(before, after);
            }
            assertThat(rows.reload(written.id())).isEqualTo(written);
            assertThat(instant(db, "select created_at from " + approach.studentTable() + " where id = " + written.id()))
                    .isEqualTo(written.createdAt());
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void eclipseLinkCannotReadAnInstantFromATimestampWithTimeZoneOnH2(JpaProvider provider) {
        try (var db = ChapterDatabase.open()) {
            db.frameworks()
                    .jdbi()
                    .useHandle(h -> h.createUpdate("insert into moments (id, instant_tz) values (1, :noon)")
                            .bind("noon", OffsetDateTime.ofInstant(NOON_UTC, ZoneOffset.UTC))
                            .execute());
            var factory = db.frameworks(PlainInstantMoment.class).jpa(provider);

            try (var em = factory.createEntityManager()) {
                if (provider == JpaProvider.ECLIPSELINK && !postgres()) {
                    // H2 returns the column as an OffsetDateTime, which EclipseLink does not turn into an Instant
                    // (and it names the wrong target class). InstantAsOffsetDateTime is the fix.
                    assertThatThrownBy(() -> em.find(PlainInstantMoment.class, 1L))
                            .isInstanceOfSatisfying(
                                    ConversionException.class,
                                    e -> assertThat(e.getErrorCode()).isEqualTo(3002))
                            .hasMessageContaining("of class [class java.time.OffsetDateTime]")
                            .hasMessageContaining("could not be converted to [class java.time.LocalDate]");
                } else {
                    assertThat(em.find(PlainInstantMoment.class, 1L).getInstant())
                            .isEqualTo(NOON_UTC);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void anOffsetDateTimeComesBackWithAnotherOffsetFromEclipseLink(JpaProvider provider) {
        var noon = OffsetDateTime.ofInstant(NOON_UTC, ZoneOffset.UTC);
        try (var newYork = new NewYork()) {
            var factory = newYork.db()
                    .frameworks(Moment.class, InstantAsOffsetDateTime.class)
                    .jpa(provider);
            var id = persist(factory, NOON_UTC);

            OffsetDateTime read;
            try (var em = factory.createEntityManager()) {
                read = em.find(Moment.class, id).getOffsetDateTime();
            }

            assertThat(read.isEqual(noon)).as("the same instant").isTrue();
            // equals() compares the offsets too: EclipseLink's 07:00-05:00 is not noon UTC.
            assertThat(read)
                    .usingDefaultComparator()
                    .isEqualTo(
                            switch (provider) {
                                case HIBERNATE -> noon;
                                case ECLIPSELINK -> OffsetDateTime.parse("2026-01-15T07:00-05:00");
                            });
        }
    }

    @Test
    void theSessionsZoneIsTheJvmsOnPostgresAndTheFirstOneH2SawOnH2() {
        var postgres = postgres();
        var jvmsOwnZone = ZoneId.systemDefault().normalized();
        NewYork.letH2ReadTheJvmsOwnZone();
        try (var zone = DefaultTimeZone.set(NewYork.ZONE);
                var db = ChapterDatabase.open()) {
            var session = text(
                    db,
                    postgres
                            ? "select setting || ' from ' || source from pg_settings where name = 'TimeZone'"
                            : "select setting_value from information_schema.settings where setting_name = 'TIME ZONE'");

            // PostgreSQL's driver sends the JVM's zone when it connects (the server's own is Etc/UTC). H2 read the
            // JVM's zone when this JVM first used it, before the test moved it, and keeps it.
            if (postgres) {
                assertThat(session).isEqualTo(NewYork.ZONE + " from client");
            } else {
                assertThat(ZoneId.of(session).normalized()).isEqualTo(jvmsOwnZone);
            }
        }
        try (var newYork = new NewYork()) {
            assertThat(
                            text(
                                    newYork.db(),
                                    postgres
                                            ? "show timezone"
                                            : "select setting_value from information_schema.settings where setting_name = 'TIME ZONE'"))
                    .isEqualTo(NewYork.ZONE);
        }
    }

    @Test
    void currentTimestampInATimestampWithoutTimeZoneIsTheWallClockOfTheSessionsZone() {
        try (var newYork = new NewYork()) {
            var db = newYork.db();
            db.frameworks()
                    .jdbi()
                    .useHandle(h -> h.execute("insert into moments (id, instant_tz, instant_local)"
                            + " values (1, current_timestamp, current_timestamp)"));

            var instant = instant(db, "select instant_tz from moments where id = 1");
            var wallClock = db.frameworks()
                    .jdbi()
                    .withHandle(h -> h.createQuery("select instant_local from moments where id = 1")
                            .map((rs, ctx) -> rs.getObject(1, LocalDateTime.class))
                            .one());
            // The same CURRENT_TIMESTAMP: an instant in one column, New York's wall clock in the other.
            assertThat(wallClock).isEqualTo(LocalDateTime.ofInstant(instant, ZoneId.of(NewYork.ZONE)));
            assertThat(wallClock).isNotEqualTo(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static long persist(EntityManagerFactory factory, Instant instant) {
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var moment = new Moment(instant);
            em.persist(moment);
            em.getTransaction().commit();
            return moment.getId();
        }
    }

    private static String text(Database db, String sql) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private static Instant instant(Database db, String sql) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery(sql)
                        .map((rs, ctx) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                        .one());
    }
}
