package dev.ajp.mixins;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Definition;
import org.jdbi.v3.sqlobject.statement.SqlBatch;

/** The DAO of {@code stamped_courses}: the same {@link TimestampColumns} mixin on a second table. */
@Definition(key = "table", value = "stamped_courses")
@Definition(key = "name", value = "course_name")
public interface StampedCourseDao extends TimestampColumns {

    @SqlBatch("""
            insert into stamped_courses (id, course_name, <timestamp_columns>)
            values (:id, :name, <timestamp_values>)""")
    void insert(List<Long> id, List<String> name, Instant now);
}
