package dev.ajp.mixins;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Definition;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The DAO of {@code stamped_students}: the {@link TimestampColumns} mixin, and statements that write both columns
 * through its fragments. An UPDATE that returns the row reads it back in the same statement (RETURNING on PostgreSQL, the
 * driver's generated keys on H2).
 */
// tag::dao[]
@Definition(key = "table", value = "stamped_students")
@Definition(key = "name", value = "name")
@RegisterConstructorMapper(StudentRow.class)
public interface StampedStudentDao extends TimestampColumns {

    @SqlBatch("""
            insert into stamped_students (id, name, age, grade, <timestamp_columns>)
            values (:id, :s.name, :s.age, :s.grade, <timestamp_values>)""")
    void insert(List<Long> id, @BindMethods("s") List<NewStudent> students, Instant now);

    @SqlUpdate("update stamped_students set age = age + 1, <touch> where id = :id")
    @GetGeneratedKeys({"id", "name", "created_at", "updated_at"})
    Stamp haveBirthday(long id, Instant now);

    @SqlUpdate("update stamped_students set grade = :to, <touch> where grade = :from")
    int regrade(String from, String to, Instant now);

    @SqlQuery("select id, name, age, grade, <timestamp_columns> from stamped_students where id = :id")
    StudentRow row(long id);

    /** Saves what a caller edited: every column the caller may change, and {@code updated_at}; not created_at. */
    @SqlUpdate("""
            update stamped_students set name = :r.name, age = :r.age, grade = :r.grade, <touch>
             where id = :r.id""")
    @GetGeneratedKeys({"id", "name", "created_at", "updated_at"})
    Stamp save(@BindMethods("r") StudentRow row, Instant now);
}
// end::dao[]
