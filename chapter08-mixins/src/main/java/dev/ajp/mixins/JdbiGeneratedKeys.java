package dev.ajp.mixins;

import dev.ajp.kit.SequenceBlockIds;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Jdbi on the tables whose timestamps the database keeps ({@code db_clock_students}, {@code db_clock_courses}): the
 * INSERTs and UPDATEs leave both columns out, and ask the driver for what the database wrote, in the same statement
 * ({@code executeAndReturnGeneratedKeys} and {@code executePreparedBatch} with column names: RETURNING on PostgreSQL,
 * the driver's generated keys on H2).
 */
public final class JdbiGeneratedKeys implements TimestampedRows {

    private static final String[] STAMP_COLUMNS = {"id", "name", "created_at", "updated_at"};

    private final Jdbi jdbi;

    public JdbiGeneratedKeys(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Stamp> insertStudents(List<NewStudent> students) {
        return jdbi.inTransaction(handle -> {
            var ids = SequenceBlockIds.on(handle, "db_clock_students_seq");
            var stamps = new ArrayList<Stamp>(students.size());
            for (var from = 0; from < students.size(); from += BATCH_SIZE) {
                // tag::insert[]
                var batch = handle.prepareBatch(
                        "insert into db_clock_students (id, name, age, grade) values (:id, :name, :age, :grade)");
                for (var student : students.subList(from, Math.min(from + BATCH_SIZE, students.size()))) {
                    batch.bind("id", ids.next()).bindMethods(student).add();
                }
                // one JDBC batch, and the columns the database filled in, for every row
                stamps.addAll(batch.executePreparedBatch(STAMP_COLUMNS)
                        .map(ConstructorMapper.of(Stamp.class))
                        .list());
                // end::insert[]
            }
            return stamps;
        });
    }

    @Override
    public List<Stamp> insertCourses(List<String> names) {
        return jdbi.inTransaction(handle -> {
            var ids = SequenceBlockIds.on(handle, "db_clock_courses_seq");
            var stamps = new ArrayList<Stamp>(names.size());
            for (var from = 0; from < names.size(); from += BATCH_SIZE) {
                var batch = handle.prepareBatch("insert into db_clock_courses (id, course_name) values (:id, :name)");
                for (var name : names.subList(from, Math.min(from + BATCH_SIZE, names.size()))) {
                    batch.bind("id", ids.next()).bind("name", name).add();
                }
                stamps.addAll(batch.executePreparedBatch("id", "course_name", "created_at", "updated_at")
                        .map((rs, ctx) -> new Stamp(
                                rs.getLong("id"),
                                rs.getString("course_name"),
                                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                                rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                        .list());
            }
            return stamps;
        });
    }

    @Override
    public Stamp haveBirthday(long studentId) {
        return jdbi.inTransaction(handle ->
                returningStamp(handle, "update db_clock_students set age = age + 1 where id = :id", studentId, null));
    }

    @Override
    public int bulkRegrade(String from, String to) {
        return jdbi.inTransaction(
                handle -> handle.createUpdate("update db_clock_students set grade = :to where grade = :from")
                        .bind("from", from)
                        .bind("to", to)
                        .execute());
    }

    /** The same statement as {@link #bulkRegrade}: the database moves {@code updated_at} of every row it touches. */
    @Override
    public int bulkRegradeTouchingUpdatedAt(String from, String to) {
        return bulkRegrade(from, to);
    }

    @Override
    public Stamp backdate(long studentId, Instant createdAt) {
        return jdbi.inTransaction(handle -> {
            var row = handle.createQuery(
                            "select id, name, age, grade, created_at, updated_at from db_clock_students where id = :id")
                    .bind("id", studentId)
                    .map(ConstructorMapper.of(StudentRow.class))
                    .one()
                    .withCreatedAt(createdAt);
            return returningStamp(
                    handle,
                    "update db_clock_students set name = :r.name, age = :r.age, grade = :r.grade where id = :id",
                    studentId,
                    row);
        });
    }

    @Override
    public Stamp reload(long studentId) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "select id, name, created_at, updated_at from db_clock_students where id = :id")
                .bind("id", studentId)
                .map(ConstructorMapper.of(Stamp.class))
                .one());
    }

    /** Runs an UPDATE of one student and returns its stamp as the database wrote it, in the same statement. */
    private static Stamp returningStamp(Handle handle, String sql, long studentId, StudentRow row) {
        var update = handle.createUpdate(sql).bind("id", studentId);
        if (row != null) {
            update.bindMethods("r", row);
        }
        return update.executeAndReturnGeneratedKeys(STAMP_COLUMNS)
                .map(ConstructorMapper.of(Stamp.class))
                .one();
    }
}
