package dev.ajp.mixins;

import java.time.Instant;
import java.util.List;

/**
 * The chapter's question: students and courses that carry {@code created_at} and {@code updated_at}, set when a row
 * is inserted, {@code updated_at} set again when it is updated, and kept right through everything that writes them.
 *
 * <p>Each approach is one way to keep them ({@link Approach} lists them): a JPA mixin with callbacks, Hibernate's
 * generators, the database's own clock read back, or SQL that sets them. Every method runs in a transaction of its own
 * and returns what the approach holds once it committed.
 */
public interface TimestampedRows {

    /**
     * How many rows go into one JDBC batch (and how many ids one sequence call hands out: the increment of the
     * chapter's sequences).
     */
    int BATCH_SIZE = 50;

    /**
     * Inserts the students, in list order, all or none.
     *
     * @return each student with the timestamps the approach holds for it after the commit
     */
    List<Stamp> insertStudents(List<NewStudent> students);

    /** Inserts the courses, in list order, all or none: the same mixin on a second entity. */
    List<Stamp> insertCourses(List<String> names);

    /** One student a year older, written the ordinary way (through the entity, or the DAO's UPDATE). */
    Stamp haveBirthday(long studentId);

    /**
     * Every student with grade {@code from} gets grade {@code to}, in one UPDATE statement, written the way one writes
     * it without thinking of the timestamps.
     *
     * @return the number of rows changed
     */
    int bulkRegrade(String from, String to);

    /** {@link #bulkRegrade}, with {@code updated_at} set in the same statement where the approach needs it said. */
    int bulkRegradeTouchingUpdatedAt(String from, String to);

    /**
     * The bad input: a caller sets {@code created_at} of an existing student (a form, an import, a careless setter)
     * and saves. No approach may move the column.
     *
     * @return what the approach holds afterwards (which may be the caller's value, though the database kept its own)
     */
    Stamp backdate(long studentId, Instant createdAt);

    /** The student as the database holds it now, read fresh. */
    Stamp reload(long studentId);
}
