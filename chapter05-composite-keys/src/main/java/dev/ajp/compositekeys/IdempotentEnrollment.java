package dev.ajp.compositekeys;

import dev.ajp.kit.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Enrolling without an error when the pair is there already: one statement that inserts the row only when the key is
 * free, in each database's own syntax. Jdbi and both JPA providers (as a native query) send this text as it is; {@link
 * #withJdbc} is the same thing in plain JDBC, for reference.
 *
 * <p>The update count says what happened: 1, the row was inserted; 0, it was there already. A foreign key violation
 * (an unknown student) is still an error: only the key's conflict is forgiven.
 *
 * <p>Two callers who enroll the same new pair at the same moment race. PostgreSQL's {@code ON CONFLICT} settles the
 * race inside the database: the second caller waits for the first to commit and then does nothing. A {@code MERGE}
 * does not, on H2 as on PostgreSQL 15: both callers look for the row before either has committed, find none, and
 * both insert; the database's key then refuses the second INSERT. That refusal means the pair is enrolled, which is
 * what the caller asked for, so every approach answers it with "it was there" ({@link #anotherCallerEnrolledIt}).
 */
public final class IdempotentEnrollment {

    private IdempotentEnrollment() {}

    /** The statement for this database, with three parameters: student id, course id, date. */
    // tag::sql[]
    public static String sql(DatabaseSettings.Kind database) {
        return switch (database) {
            // Standard SQL MERGE: insert when no row matches the key, do nothing when one does.
            // (H2 knows ON CONFLICT only in its PostgreSQL compatibility mode.)
            case H2 -> """
                    merge into enrollments e
                    using (values (cast(? as bigint), cast(? as bigint), cast(? as date)))
                          v (student_id, course_id, enrollment_date)
                       on e.student_id = v.student_id and e.course_id = v.course_id
                     when not matched then
                          insert (student_id, course_id, enrollment_date)
                          values (v.student_id, v.course_id, v.enrollment_date)""";
            // PostgreSQL 15 has MERGE too, with the same race as H2's: two sessions merging the same new pair at once
            // both see no match, and one then fails on the key. ON CONFLICT settles that race inside the database.
            case POSTGRES -> """
                    insert into enrollments (student_id, course_id, enrollment_date)
                    values (?, ?, ?)
                    on conflict (student_id, course_id) do nothing""";
        };
    }
    // end::sql[]

    /**
     * Whether a refusal of the statement says that another caller enrolled the pair in the meantime: the key's
     * conflict, which H2's MERGE reports when it loses the race described above. The pair is then enrolled.
     */
    // tag::lost-race[]
    public static boolean anotherCallerEnrolledIt(RuntimeException refusal) {
        return refusal instanceof EnrollmentException e && e.reason() == EnrollmentException.Reason.ALREADY_ENROLLED;
    }
    // end::lost-race[]

    /**
     * The statement in plain JDBC, on a connection the caller owns: true when a row was inserted. A lost race on H2
     * (the key's conflict, SQLState 23505 on {@code enrollments_pk}) is "it was there": H2 undoes the failed statement
     * alone, so a transaction the caller has open carries on.
     */
    // tag::jdbc[]
    public static boolean withJdbc(
            Connection connection, DatabaseSettings.Kind database, EnrollmentKey key, LocalDate date)
            throws SQLException {
        try (var statement = connection.prepareStatement(sql(database))) {
            statement.setLong(1, key.studentId());
            statement.setLong(2, key.courseId());
            statement.setObject(3, date); // JDBC 4.2: a LocalDate is a DATE
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())
                    && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("enrollments_pk")) {
                return false; // another caller's MERGE inserted the pair first
            }
            throw e;
        }
    }
    // end::jdbc[]
}
