package dev.ajp.compositekeys;

import org.jdbi.v3.core.Jdbi;

/**
 * The order of the key's two columns, and whether the other column has an index of its own: the layouts whose
 * lookups the benchmark times. The chapter's schema is {@link #STUDENT_FIRST_INDEXED}.
 *
 * <p>A B-tree index on {@code (a, b)} is sorted by {@code a}, then by {@code b} within each {@code a}: it finds the
 * rows of one {@code a} in a few page reads, but the rows of one {@code b} are spread over the whole index. So the key
 * serves lookups by its leading column, and only those; a lookup by the other column reads the whole table unless
 * that column has an index too.
 */
public enum KeyLayout {
    STUDENT_FIRST_INDEXED("key (student_id, course_id) + index (course_id)", "student_id, course_id", "course_id"),
    STUDENT_FIRST("key (student_id, course_id) only", "student_id, course_id", null),
    COURSE_FIRST_INDEXED("key (course_id, student_id) + index (student_id)", "course_id, student_id", "student_id"),
    COURSE_FIRST("key (course_id, student_id) only", "course_id, student_id", null);

    private final String label;
    private final String keyColumns;
    private final String indexedColumn;

    KeyLayout(String label, String keyColumns, String indexedColumn) {
        this.label = label;
        this.keyColumns = keyColumns;
        this.indexedColumn = indexedColumn;
    }

    /**
     * Replaces {@code enrollments} with an empty table of this layout. It has no foreign keys, unlike the chapter's
     * schema: H2 gives every foreign key an index of its own, which would put back the index this layout leaves out.
     */
    public void create(Jdbi jdbi) {
        jdbi.useHandle(handle -> {
            handle.execute("drop table if exists enrollments cascade");
            handle.execute("create table enrollments (student_id bigint not null, course_id bigint not null,"
                    + " enrollment_date date not null, constraint enrollments_pk primary key (" + keyColumns + "))");
            if (indexedColumn != null) {
                handle.execute("create index enrollments_" + indexedColumn.replace("_id", "") + "_idx"
                        + " on enrollments (" + indexedColumn + ")");
            }
        });
    }

    /** The key's columns, in order. */
    public String keyColumns() {
        return keyColumns;
    }

    /** The column with an index of its own, or null. */
    public String indexedColumn() {
        return indexedColumn;
    }

    /** The name in the README and the benchmark's report. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
