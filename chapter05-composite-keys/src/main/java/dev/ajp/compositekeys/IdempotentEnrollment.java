package dev.ajp.compositekeys;

import dev.ajp.kit.DatabaseSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Enrolling without an error when the pair is there already: one statement that inserts the row only when the key is
 * free, in each database's own syntax. Jdbi and both JPA providers (as a native query) send this text as it is; {@link
 * #withJdbc} is the same thing in plain JDBC, for reference.
 *
 * <p>The update count says what happened: 1, the row was inserted; 0, it was there already. A foreign key violation
 * (an unknown student) is still an error: only the key's conflict is forgiven.
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
            // PostgreSQL 15 has MERGE too, but two sessions merging the same new pair at once can both see no match,
            // and one then fails on the key; ON CONFLICT settles that race inside the database.
            case POSTGRES -> """
                    insert into enrollments (student_id, course_id, enrollment_date)
                    values (?, ?, ?)
                    on conflict (student_id, course_id) do nothing""";
        };
    }
    // end::sql[]

    /** The statement in plain JDBC, on a connection the caller owns: true when a row was inserted. */
    // tag::jdbc[]
    public static boolean withJdbc(
            Connection connection, DatabaseSettings.Kind database, EnrollmentKey key, LocalDate date)
            throws SQLException {
        try (var statement = connection.prepareStatement(sql(database))) {
            statement.setLong(1, key.studentId());
            statement.setLong(2, key.courseId());
            statement.setObject(3, date); // JDBC 4.2: a LocalDate is a DATE
            return statement.executeUpdate() == 1;
        }
    }
    // end::jdbc[]
}
