package dev.ajp.querying;

import java.util.List;

/**
 * Where a reader of the student list stands between two pages: how many rows it has read, which is what
 * {@link Paging#OFFSET} asks the database to skip, and the id of the last one, which {@link Paging#KEYSET} asks the
 * database to continue after. A client keeps it, for example in the link to the next page.
 */
public record PagePosition(int rowsRead, long lastId) {

    /** Before the first page. Ids come from sequences that start at 1, so every student's id is greater than 0. */
    public static final PagePosition START = new PagePosition(0, 0);

    public PagePosition {
        if (rowsRead < 0) {
            throw new IllegalArgumentException("rowsRead must not be negative: " + rowsRead);
        }
    }

    /** The position after reading {@code page} from here. */
    public PagePosition after(List<ListedStudent> page) {
        return page.isEmpty()
                ? this
                : new PagePosition(
                        rowsRead + page.size(), page.get(page.size() - 1).id());
    }
}
