package dev.ajp.querying;

import java.util.List;

/**
 * The two ways to read the students page by page in id order, listed once for the main, the tests and the
 * benchmark. Both send one SELECT per page in every form; what differs is what the database does for it.
 *
 * <ul>
 *   <li>{@link #OFFSET}: skip the rows read so far ({@code setFirstResult}, {@code offset ?}). The database still
 *       reads the skipped rows in order and throws them away, so page {@code n} costs about {@code n} pages, and a
 *       row inserted or deleted before the position shifts every page after it.
 *   <li>{@link #KEYSET} (or seek): continue after the last id read ({@code where id > ? order by id}, with a limit).
 *       The database finds that id in the primary key's index and reads only the page, whatever its number. It needs
 *       a sort key that is unique (or ties are lost) and indexed, and it cannot jump to page {@code n}: it only goes
 *       on from a page it has read.
 * </ul>
 */
public enum Paging {
    OFFSET("OFFSET"),
    KEYSET("keyset");

    private final String label;

    Paging(String label) {
        this.label = label;
    }

    /** The name the README, the main and the benchmark use. */
    public String label() {
        return label;
    }

    /** The page of at most {@code size} students that follows {@code position}, asked of {@code queries}. */
    public List<ListedStudent> page(StudentQueries queries, PagePosition position, int size) {
        return switch (this) {
            case OFFSET -> queries.studentsByOffset(position.rowsRead(), size);
            case KEYSET -> queries.studentsAfter(position.lastId(), size);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
