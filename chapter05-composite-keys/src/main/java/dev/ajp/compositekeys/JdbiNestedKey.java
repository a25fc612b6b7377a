package dev.ajp.compositekeys;

import dev.ajp.kit.DatabaseSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Jdbi: the SQL written out, the key as a record. {@link EnrollmentRow} holds its {@link EnrollmentKey} as a
 * {@code @Nested} record, so one {@link ConstructorMapper} builds both from a row; {@code bindMethods(key)} binds the
 * key's {@code studentId()} and {@code courseId()} to {@code :studentId} and {@code :courseId}.
 *
 * <p>SQL: enrolling sends one INSERT per course in one transaction; finding, listing, changing a date, removing and
 * enrolling if absent send one statement each, with no transaction of their own (auto-commit).
 */
public final class JdbiNestedKey implements Enrollments {

    private final Jdbi jdbi;
    private final DatabaseSettings.Kind database;

    public JdbiNestedKey(Jdbi jdbi, DatabaseSettings.Kind database) {
        this.jdbi = jdbi;
        this.database = database;
    }

    @Override
    public void enroll(long studentId, List<Long> courseIds, LocalDate date) {
        // tag::enroll[]
        jdbi.useTransaction(handle -> {
            for (var courseId : courseIds) {
                var key = new EnrollmentKey(studentId, courseId);
                var insert = handle.createUpdate("""
                        insert into enrollments (student_id, course_id, enrollment_date)
                        values (:studentId, :courseId, :date)""");
                try {
                    insert.bindMethods(key).bind("date", date).execute();
                } catch (StatementException e) {
                    throw EnrollmentException.of(key, e); // useTransaction rolls back
                }
            }
        });
        // end::enroll[]
    }

    @Override
    public Optional<EnrollmentRow> find(EnrollmentKey key) {
        // tag::find[]
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select student_id, course_id, enrollment_date
                          from enrollments
                         where student_id = :studentId and course_id = :courseId""")
                .bindMethods(key)
                .map(ConstructorMapper.of(EnrollmentRow.class)) // the @Nested key from student_id, course_id
                .findOne());
        // end::find[]
    }

    @Override
    public List<Enrolled> coursesOf(long studentId) {
        // tag::courses-of[]
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select s.name as student_name, c.course_name, e.enrollment_date
                          from enrollments e
                          join students s on s.id = e.student_id
                          join courses c on c.id = e.course_id
                         where e.student_id = :studentId
                         order by e.course_id""")
                .bind("studentId", studentId)
                .map(ConstructorMapper.of(Enrolled.class))
                .list());
        // end::courses-of[]
    }

    @Override
    public List<Enrolled> studentsOf(long courseId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        select s.name as student_name, c.course_name, e.enrollment_date
                          from enrollments e
                          join students s on s.id = e.student_id
                          join courses c on c.id = e.course_id
                         where e.course_id = :courseId
                         order by e.student_id""")
                .bind("courseId", courseId)
                .map(ConstructorMapper.of(Enrolled.class))
                .list());
    }

    @Override
    public boolean changeDate(EnrollmentKey key, LocalDate date) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                                update enrollments set enrollment_date = :date
                                 where student_id = :studentId and course_id = :courseId""")
                        .bindMethods(key)
                        .bind("date", date)
                        .execute())
                == 1;
    }

    @Override
    public boolean remove(EnrollmentKey key) {
        return jdbi.withHandle(
                        handle -> handle.createUpdate("""
                                delete from enrollments
                                 where student_id = :studentId and course_id = :courseId""").bindMethods(key).execute())
                == 1;
    }

    @Override
    public boolean enrollIfAbsent(EnrollmentKey key, LocalDate date) {
        // tag::enroll-if-absent[]
        try {
            var inserted = jdbi.withHandle(handle -> handle.createUpdate(IdempotentEnrollment.sql(database))
                    .bind(0, key.studentId())
                    .bind(1, key.courseId())
                    .bind(2, date)
                    .execute()); // 1: inserted; 0: it was there
            return inserted == 1;
        } catch (StatementException e) {
            var refusal = EnrollmentException.of(key, e);
            if (IdempotentEnrollment.anotherCallerEnrolledIt(refusal)) {
                return false; // H2's MERGE lost a race: the pair is enrolled, by the other caller
            }
            throw refusal; // an unknown student or course is still an error
        }
        // end::enroll-if-absent[]
    }
}
