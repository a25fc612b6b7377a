package dev.ajp.mixins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ajp.kit.Database;
import dev.ajp.kit.StatementKind;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every approach on the database the build selects, each test in a fresh one: the timestamps after an insert, an
 * update, a bulk update and a caller's attempt to move {@code created_at}, the statements each step sends, and an
 * invalid student that leaves nothing behind.
 *
 * <p>The approaches on the JVM's clock get a {@link TickingClock}, so each reading is known; those on the database's
 * clock are compared with the database's own {@code CURRENT_TIMESTAMP}, read before and after.
 */
class TimestampsTest {

    private static final List<NewStudent> STUDENTS = NewStudent.fromTheTutorial();
    private static final List<String> COURSES = NewStudent.coursesOfTheTutorial();

    private final TickingClock clock = new TickingClock();
    private Database db;

    @BeforeEach
    void openTheChaptersSchema() {
        db = ChapterDatabase.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void anInsertStampsEveryRowAndTheDatabaseKeepsExactlyWhatTheApproachHolds(Approach approach) {
        var rows = on(approach);
        var before = databaseNow();

        var students = rows.insertStudents(STUDENTS);
        var courses = rows.insertCourses(COURSES);

        var after = databaseNow();
        var all = new ArrayList<>(students);
        all.addAll(courses);
        assertThat(students).extracting(Stamp::name).containsExactly("Alice", "Bob", "Carol", "Dave", "Eve");
        assertThat(courses)
                .extracting(Stamp::name)
                .containsExactly("Mathematics", "Physics", "Chemistry", "History", "Art");
        assertThat(all).allSatisfy(stamp -> {
            assertThat(Duration.between(stamp.createdAt(), stamp.updatedAt()))
                    .as("updated_at - created_at of a new row")
                    .isEqualTo(gapOfANewRow(approach));
            switch (approach.clocked()) {
                case JVM -> assertThat(stamp.createdAt()).isIn(readingsSoFar());
                case DATABASE -> assertThat(stamp.createdAt()).isBetween(before, after);
            }
        });
        assertThat(students.stream().map(Stamp::createdAt).distinct())
                .as("distinct created_at of the five students")
                .hasSize(
                        switch (approach) {
                            // A reading of the clock per entity.
                            case HIBERNATE_CALLBACKS, ECLIPSELINK_CALLBACKS, HIBERNATE_CREATION_TIMESTAMP -> 5;
                            // One reading for the batch; one CURRENT_TIMESTAMP for the transaction.
                            case JDBI_SQL_OBJECT_MIXIN,
                                    HIBERNATE_CURRENT_TIMESTAMP,
                                    HIBERNATE_GENERATED,
                                    ECLIPSELINK_REFRESH,
                                    ECLIPSELINK_RETURNING,
                                    JDBI_GENERATED_KEYS -> 1;
                        });
        // Microseconds in memory, microseconds in the database: a reload gives the same values.
        for (var stamp : students) {
            assertThat(rows.reload(stamp.id())).isEqualTo(stamp);
        }
    }

    /** What separates updated_at from created_at in a new row. */
    private static Duration gapOfANewRow(Approach approach) {
        return switch (approach) {
            // One reading of the clock (callbacks, Jdbi), or one transaction's CURRENT_TIMESTAMP (the database).
            case HIBERNATE_CALLBACKS,
                    ECLIPSELINK_CALLBACKS,
                    JDBI_SQL_OBJECT_MIXIN,
                    HIBERNATE_CURRENT_TIMESTAMP,
                    HIBERNATE_GENERATED,
                    ECLIPSELINK_REFRESH,
                    ECLIPSELINK_RETURNING,
                    JDBI_GENERATED_KEYS -> Duration.ZERO;
            // Two generators, two readings: the ticking clock moved one second between them.
            case HIBERNATE_CREATION_TIMESTAMP -> Duration.ofSeconds(1);
        };
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void anInsertSendsTheseStatements(Approach approach) {
        var rows = on(approach);

        var recording = db.recorder().record(() -> rows.insertStudents(STUDENTS));

        var begin = List.of("setAutoCommit(false)");
        var end = List.of("commit", "setAutoCommit(true)");
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (approach) {
                            // One sequence call, one JDBC batch of five INSERTs.
                            case HIBERNATE_CALLBACKS,
                                    HIBERNATE_CREATION_TIMESTAMP,
                                    JDBI_SQL_OBJECT_MIXIN,
                                    JDBI_GENERATED_KEYS -> concat(begin, List.of("sequence", "insert"), end);
                            // EclipseLink takes its ids before it begins the transaction.
                            case ECLIPSELINK_CALLBACKS -> concat(List.of("sequence"), begin, List.of("insert"), end);
                            // Hibernate reads values back from each INSERT: it cannot batch them.
                            case HIBERNATE_CURRENT_TIMESTAMP, HIBERNATE_GENERATED ->
                                concat(begin, List.of("sequence"), List.of(times(5, "insert")), end);
                            // The batch, then one SELECT that reads the batch's rows again.
                            case ECLIPSELINK_REFRESH ->
                                concat(List.of("sequence"), begin, List.of("insert", "select"), end);
                            // One INSERT ... RETURNING per row.
                            case ECLIPSELINK_RETURNING ->
                                concat(List.of("sequence"), begin, List.of(times(5, "insert")), end);
                        });
        assertThat(recording.insertBatchSizes())
                .isEqualTo(
                        switch (approach) {
                            case HIBERNATE_CALLBACKS,
                                    ECLIPSELINK_CALLBACKS,
                                    HIBERNATE_CREATION_TIMESTAMP,
                                    JDBI_SQL_OBJECT_MIXIN,
                                    ECLIPSELINK_REFRESH,
                                    JDBI_GENERATED_KEYS -> List.of(5);
                            case HIBERNATE_CURRENT_TIMESTAMP, HIBERNATE_GENERATED, ECLIPSELINK_RETURNING -> List.of();
                        });
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void anUpdateMovesUpdatedAtAndKeepsCreatedAt(Approach approach) {
        var rows = on(approach);
        var alice = rows.insertStudents(STUDENTS).get(0);
        var before = databaseNow();

        var recording = db.recorder().record(() -> rows.haveBirthday(alice.id()));

        var after = databaseNow();
        var updated = recording.result();
        assertThat(updated.createdAt()).isEqualTo(alice.createdAt());
        assertThat(updated.updatedAt()).isAfter(alice.updatedAt());
        switch (approach.clocked()) {
            case JVM -> assertThat(updated.updatedAt()).isEqualTo(TickingClock.reading(clock.readings() - 1));
            case DATABASE -> assertThat(updated.updatedAt()).isBetween(before, after);
        }
        assertThat(rows.reload(alice.id())).isEqualTo(updated);
        assertThat(recording.outline())
                .as(recording.describe())
                .containsExactlyElementsOf(
                        switch (approach) {
                            // Hibernate loads and updates in its transaction; @Generated and @CurrentTimestamp read
                            // updated_at back from the UPDATE itself.
                            case HIBERNATE_CALLBACKS,
                                    HIBERNATE_CREATION_TIMESTAMP,
                                    HIBERNATE_CURRENT_TIMESTAMP,
                                    HIBERNATE_GENERATED ->
                                List.of("setAutoCommit(false)", "select", "update", "commit", "setAutoCommit(true)");
                            // EclipseLink reads before it begins the transaction; RETURNING reads updated_at back.
                            case ECLIPSELINK_CALLBACKS, ECLIPSELINK_RETURNING ->
                                List.of("select", "setAutoCommit(false)", "update", "commit", "setAutoCommit(true)");
                            // refresh: a second SELECT, after the UPDATE.
                            case ECLIPSELINK_REFRESH ->
                                List.of(
                                        "select",
                                        "setAutoCommit(false)",
                                        "update",
                                        "select",
                                        "commit",
                                        "setAutoCommit(true)");
                            // One UPDATE that returns the row.
                            case JDBI_SQL_OBJECT_MIXIN, JDBI_GENERATED_KEYS ->
                                List.of("setAutoCommit(false)", "update", "commit", "setAutoCommit(true)");
                        });
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void aBulkUpdateMovesUpdatedAtOnlyWhereTheDatabaseOrTheSqlSetsIt(Approach approach) {
        var rows = on(approach);
        var alice = rows.insertStudents(STUDENTS).get(0);
        var readingsBefore = clock.readings();

        var recording = db.recorder().record(() -> rows.bulkRegrade("A", "A+"));

        assertThat(recording.result()).isEqualTo(3); // Alice, Carol and Eve
        assertThat(recording.outline())
                .containsExactly("setAutoCommit(false)", "update", "commit", "setAutoCommit(true)");
        var reloaded = rows.reload(alice.id());
        assertThat(reloaded.createdAt()).isEqualTo(alice.createdAt());
        switch (approach) {
            // The trap: a JPQL UPDATE goes straight to SQL. No entity is loaded, so no @PreUpdate runs and no
            // Hibernate generator is asked; nothing reads the clock.
            case HIBERNATE_CALLBACKS,
                    ECLIPSELINK_CALLBACKS,
                    HIBERNATE_CREATION_TIMESTAMP,
                    HIBERNATE_CURRENT_TIMESTAMP -> {
                assertThat(reloaded.updatedAt()).isEqualTo(alice.updatedAt());
                assertThat(clock.readings()).isEqualTo(readingsBefore);
            }
            // The database moves updated_at of every row an UPDATE touches, whoever sent it.
            case HIBERNATE_GENERATED, ECLIPSELINK_REFRESH, ECLIPSELINK_RETURNING, JDBI_GENERATED_KEYS ->
                assertThat(reloaded.updatedAt()).isAfter(alice.updatedAt());
            // The DAO's SQL sets it, from one new reading of the clock.
            case JDBI_SQL_OBJECT_MIXIN ->
                assertThat(reloaded.updatedAt()).isEqualTo(TickingClock.reading(readingsBefore));
        }
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void theBulkUpdateThatSetsUpdatedAtMovesItEverywhere(Approach approach) {
        var rows = on(approach);
        var students = rows.insertStudents(STUDENTS);
        var before = databaseNow();

        var changed = rows.bulkRegradeTouchingUpdatedAt("A", "A+");

        var after = databaseNow();
        assertThat(changed).isEqualTo(3);
        for (var student : students) {
            var reloaded = rows.reload(student.id());
            assertThat(reloaded.createdAt()).isEqualTo(student.createdAt());
            var regraded = List.of("Alice", "Carol", "Eve").contains(student.name());
            if (!regraded) {
                assertThat(reloaded.updatedAt()).isEqualTo(student.updatedAt());
            } else if (approach.clocked() == Approach.Clocked.JVM) {
                assertThat(reloaded.updatedAt()).isEqualTo(TickingClock.reading(clock.readings() - 1));
            } else {
                assertThat(reloaded.updatedAt()).isBetween(before, after);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void aCallerCannotMoveCreatedAtButAnOrmKeepsTheCallersValueInMemory(Approach approach) {
        var rows = on(approach);
        var alice = rows.insertStudents(STUDENTS).get(0);
        var longAgo = Instant.parse("2000-01-01T00:00:00Z");

        var recording = db.recorder().record(() -> rows.backdate(alice.id(), longAgo));

        var reloaded = rows.reload(alice.id());
        assertThat(reloaded.createdAt()).as("created_at in the database").isEqualTo(alice.createdAt());
        assertThat(recording.statements()).noneSatisfy(s -> assertThat(s.sql()).containsIgnoringCase("created_at ="));
        switch (approach) {
            // updatable = false, and nothing else changed: Hibernate sends no UPDATE at all, calls no @PreUpdate, and
            // reads nothing back. The entity says 2000 until it is read again.
            case HIBERNATE_CALLBACKS,
                    HIBERNATE_CREATION_TIMESTAMP,
                    HIBERNATE_CURRENT_TIMESTAMP,
                    HIBERNATE_GENERATED -> {
                assertThat(recording.result().createdAt()).isEqualTo(longAgo);
                assertThat(recording.count(StatementKind.UPDATE)).isZero();
                assertThat(reloaded.updatedAt()).isEqualTo(alice.updatedAt());
            }
            // EclipseLink sees a changed attribute and calls @PreUpdate, which moves updated_at: an UPDATE of
            // updated_at alone, for a change that changed nothing. The entity says 2000.
            case ECLIPSELINK_CALLBACKS -> {
                assertThat(recording.result().createdAt()).isEqualTo(longAgo);
                assertThat(recording.statements())
                        .filteredOn(s -> s.kind() == StatementKind.UPDATE)
                        .singleElement()
                        .satisfies(s -> assertThat(s.sql())
                                .isEqualTo("UPDATE stamped_students SET updated_at = ? WHERE (ID = ?)"));
                assertThat(reloaded.updatedAt()).isAfter(alice.updatedAt());
            }
            // A read-only column (insertable = false, updatable = false): no UPDATE. The entity says 2000.
            case ECLIPSELINK_REFRESH, ECLIPSELINK_RETURNING -> {
                assertThat(recording.result().createdAt()).isEqualTo(longAgo);
                assertThat(recording.count(StatementKind.UPDATE)).isZero();
                assertThat(reloaded.updatedAt()).isEqualTo(alice.updatedAt());
            }
            // The DAO's UPDATE names every column but created_at, and sets updated_at from the clock: a save that
            // changes nothing still moves it. It returns the row as the database holds it.
            case JDBI_SQL_OBJECT_MIXIN -> {
                assertThat(recording.result()).isEqualTo(reloaded);
                assertThat(reloaded.updatedAt()).isAfter(alice.updatedAt());
            }
            // The UPDATE writes the values the row already has: the database leaves updated_at alone.
            case JDBI_GENERATED_KEYS -> {
                assertThat(recording.result()).isEqualTo(reloaded);
                assertThat(reloaded.updatedAt()).isEqualTo(alice.updatedAt());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Approach.class)
    void anInvalidStudentFailsTheInsertNamingTheConstraintAndLeavesNoRow(Approach approach) {
        var rows = on(approach);
        var students = new ArrayList<>(STUDENTS);
        students.add(new NewStudent("Invalid Student", -1, "C"));

        assertThatThrownBy(() -> rows.insertStudents(students))
                .satisfies(e -> assertThat(messages(e)).contains(approach.studentTable() + "_age_not_negative"));

        assertThat(count(approach.studentTable())).isZero();
        assertThat(rows.insertStudents(STUDENTS)).hasSize(5);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private TimestampedRows on(Approach approach) {
        assumeTrue(
                approach.runsOn(db.settings().kind()),
                () -> approach.notHere(db.settings().kind()) + ": EclipseLink cannot build a RETURNING call for H2");
        return approach.on(db, clock);
    }

    /** The database's CURRENT_TIMESTAMP, in a transaction of its own. */
    private Instant databaseNow() {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select current_timestamp")
                        .map((rs, ctx) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                        .one());
    }

    private List<Instant> readingsSoFar() {
        var readings = new ArrayList<Instant>();
        for (var n = 0; n < clock.readings(); n++) {
            readings.add(TickingClock.reading(n));
        }
        return readings;
    }

    private long count(String table) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select count(*) from " + table)
                        .mapTo(Long.class)
                        .one());
    }

    /** The messages of an exception and its causes, in lower case (H2 upper-cases constraint names). */
    private static String messages(Throwable e) {
        var text = new StringBuilder();
        for (var cause = e; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append('\n');
        }
        return text.toString().toLowerCase();
    }

    private static String[] times(int n, String entry) {
        var entries = new String[n];
        java.util.Arrays.fill(entries, entry);
        return entries;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        var all = new ArrayList<String>();
        for (var part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
