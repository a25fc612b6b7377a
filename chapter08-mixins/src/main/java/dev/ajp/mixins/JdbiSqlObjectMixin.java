package dev.ajp.mixins;

import dev.ajp.kit.SequenceBlockIds;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;

/**
 * Jdbi with the {@link TimestampColumns} mixin: DAOs whose SQL writes {@code created_at} and {@code updated_at} like
 * any other column, from the JVM's clock, read once per statement (so every row of one batch gets the same time).
 *
 * <p>Nothing runs behind the statements, so nothing can be bypassed: the bulk UPDATE moves {@code updated_at} because
 * its SQL says so, and no statement of the DAO names {@code created_at} after the INSERT.
 */
public final class JdbiSqlObjectMixin implements TimestampedRows {

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiSqlObjectMixin(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public List<Stamp> insertStudents(List<NewStudent> students) {
        return jdbi.inTransaction(handle -> {
            var dao = handle.attach(StampedStudentDao.class);
            var ids = SequenceBlockIds.on(handle, "stamped_students_seq");
            var stamps = new ArrayList<Stamp>(students.size());
            for (var from = 0; from < students.size(); from += BATCH_SIZE) {
                var batch = students.subList(from, Math.min(from + BATCH_SIZE, students.size()));
                var batchIds = batch.stream().map(s -> ids.next()).toList();
                var now = now();
                dao.insert(batchIds, batch, now); // one JDBC batch
                IntStream.range(0, batch.size())
                        .forEach(i -> stamps.add(
                                new Stamp(batchIds.get(i), batch.get(i).name(), now, now)));
            }
            return stamps;
        });
    }

    @Override
    public List<Stamp> insertCourses(List<String> names) {
        return jdbi.inTransaction(handle -> {
            var dao = handle.attach(StampedCourseDao.class);
            var ids = SequenceBlockIds.on(handle, "stamped_courses_seq");
            var stamps = new ArrayList<Stamp>(names.size());
            for (var from = 0; from < names.size(); from += BATCH_SIZE) {
                var batch = names.subList(from, Math.min(from + BATCH_SIZE, names.size()));
                var batchIds = batch.stream().map(s -> ids.next()).toList();
                var now = now();
                dao.insert(batchIds, batch, now);
                IntStream.range(0, batch.size())
                        .forEach(i -> stamps.add(new Stamp(batchIds.get(i), batch.get(i), now, now)));
            }
            return stamps;
        });
    }

    @Override
    public Stamp haveBirthday(long studentId) {
        return jdbi.inTransaction(
                handle -> handle.attach(StampedStudentDao.class).haveBirthday(studentId, now()));
    }

    @Override
    public int bulkRegrade(String from, String to) {
        return jdbi.inTransaction(
                handle -> handle.attach(StampedStudentDao.class).regrade(from, to, now()));
    }

    /** The same statement as {@link #bulkRegrade}: its SQL already sets {@code updated_at}. */
    @Override
    public int bulkRegradeTouchingUpdatedAt(String from, String to) {
        return bulkRegrade(from, to);
    }

    @Override
    public Stamp backdate(long studentId, Instant createdAt) {
        return jdbi.inTransaction(handle -> {
            var dao = handle.attach(StampedStudentDao.class);
            return dao.save(dao.row(studentId).withCreatedAt(createdAt), now());
        });
    }

    @Override
    public Stamp reload(long studentId) {
        return jdbi.withExtension(StampedStudentDao.class, dao -> dao.stamp(studentId));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS); // what the column keeps
    }
}
