package dev.ajp.mixins;

import dev.ajp.model.InstantAsOffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * The JPA mixins of the chapter, each with the student and the course that extend it, and the two bulk UPDATEs of
 * {@link TimestampedRows} in its entities' names: the one written without a thought for the timestamps, and the one
 * that keeps {@code updated_at} right. {@link JpaTimestamps} runs the same JPA code on each.
 */
public enum JpaMixin {
    /** {@link TimestampMixin}: {@code @PrePersist} and {@code @PreUpdate}, the JVM's clock. */
    CALLBACKS(
            List.of(MixinStudent.class, MixinCourse.class, InstantAsOffsetDateTime.class),
            s -> new MixinStudent(s.name(), s.age(), s.grade()),
            MixinCourse::new,
            "update MixinStudent s set s.grade = :to where s.grade = :from",
            // tag::bulk-fix[]
            "update MixinStudent s set s.grade = :to, s.updatedAt = :now where s.grade = :from",
            // end::bulk-fix[]
            false),
    /** {@link CreationTimestampMixin}: Hibernate's generators, the JVM's clock. */
    CREATION_TIMESTAMP(
            List.of(CreationTimestampStudent.class, CreationTimestampCourse.class),
            s -> new CreationTimestampStudent(s.name(), s.age(), s.grade()),
            CreationTimestampCourse::new,
            "update CreationTimestampStudent s set s.grade = :to where s.grade = :from",
            "update CreationTimestampStudent s set s.grade = :to, s.updatedAt = :now where s.grade = :from",
            false),
    /** {@link CurrentTimestampMixin}: the database's clock, in Hibernate's SQL. */
    CURRENT_TIMESTAMP(
            List.of(CurrentTimestampStudent.class, CurrentTimestampCourse.class),
            s -> new CurrentTimestampStudent(s.name(), s.age(), s.grade()),
            CurrentTimestampCourse::new,
            "update CurrentTimestampStudent s set s.grade = :to where s.grade = :from",
            // HQL's instant: the database's current_timestamp, typed as an Instant
            "update CurrentTimestampStudent s set s.grade = :to, s.updatedAt = instant where s.grade = :from",
            false),
    /** {@link DatabaseClockMixin}: the database's clock, read-only columns; the provider must refresh to see them. */
    DATABASE_CLOCK(
            List.of(DatabaseClockStudent.class, DatabaseClockCourse.class, InstantAsOffsetDateTime.class),
            s -> new DatabaseClockStudent(s.name(), s.age(), s.grade()),
            DatabaseClockCourse::new,
            "update DatabaseClockStudent s set s.grade = :to where s.grade = :from",
            // The database moves updated_at of every row an UPDATE touches: nothing to add.
            "update DatabaseClockStudent s set s.grade = :to where s.grade = :from",
            true),
    /** {@link GeneratedMixin}: the database's clock, read back by Hibernate. */
    GENERATED(
            List.of(GeneratedStudent.class, GeneratedCourse.class),
            s -> new GeneratedStudent(s.name(), s.age(), s.grade()),
            GeneratedCourse::new,
            "update GeneratedStudent s set s.grade = :to where s.grade = :from",
            "update GeneratedStudent s set s.grade = :to where s.grade = :from",
            false),
    /** {@link ReturningMixin}: the database's clock, read back by EclipseLink's RETURNING (PostgreSQL only). */
    RETURNING(
            List.of(ReturningStudent.class, ReturningCourse.class),
            s -> new ReturningStudent(s.name(), s.age(), s.grade()),
            ReturningCourse::new,
            "update ReturningStudent s set s.grade = :to where s.grade = :from",
            "update ReturningStudent s set s.grade = :to where s.grade = :from",
            false);

    private final List<Class<?>> managedClasses;
    private final Function<NewStudent, StudentEntity> newStudent;
    private final Function<String, Timestamped> newCourse;
    private final String bulkRegrade;
    private final String bulkRegradeTouchingUpdatedAt;
    private final boolean refreshAfterWrite;

    JpaMixin(
            List<Class<?>> managedClasses,
            Function<NewStudent, StudentEntity> newStudent,
            Function<String, Timestamped> newCourse,
            String bulkRegrade,
            String bulkRegradeTouchingUpdatedAt,
            boolean refreshAfterWrite) {
        this.managedClasses = managedClasses;
        this.newStudent = newStudent;
        this.newCourse = newCourse;
        this.bulkRegrade = bulkRegrade;
        this.bulkRegradeTouchingUpdatedAt = bulkRegradeTouchingUpdatedAt;
        this.refreshAfterWrite = refreshAfterWrite;
    }

    /** The classes a persistence unit of this mixin lists: the two entities, and the converter they use. */
    public Class<?>[] managedClasses() {
        return managedClasses.toArray(Class<?>[]::new);
    }

    @SuppressWarnings("unchecked")
    public Class<? extends StudentEntity> studentClass() {
        return (Class<? extends StudentEntity>) managedClasses.get(0);
    }

    @SuppressWarnings("unchecked")
    public Class<? extends Timestamped> courseClass() {
        return (Class<? extends Timestamped>) managedClasses.get(1);
    }

    StudentEntity newStudent(NewStudent student) {
        return newStudent.apply(student);
    }

    Timestamped newCourse(String name) {
        return newCourse.apply(name);
    }

    String bulkRegrade() {
        return bulkRegrade;
    }

    String bulkRegradeTouchingUpdatedAt() {
        return bulkRegradeTouchingUpdatedAt;
    }

    /** Whether the provider learns the database's values only by reading the rows again. */
    boolean refreshAfterWrite() {
        return refreshAfterWrite;
    }
}
