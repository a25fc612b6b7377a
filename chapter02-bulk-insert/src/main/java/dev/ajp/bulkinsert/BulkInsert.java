package dev.ajp.bulkinsert;

import java.util.List;

/**
 * The chapter's question: insert these students, all of them or none.
 *
 * <p>Each approach of the chapter is one implementation, named for what it does ({@link JpaPersistPerRow},
 * {@link JdbcBatch}, {@link PostgresCopy}...); {@link Approach} lists them for the main,
 * the tests and the benchmarks.
 */
public interface BulkInsert {

    /**
     * How many INSERTs every batched approach puts in one JDBC batch; also how many ids one call of the
     * {@code students_seq} sequence hands out (its increment, 50, in the shared schema).
     *
     * <p>One value for all, so that the benchmark compares the mechanisms and not the sizes. And this value because
     * it is the sequence's increment: every 50 rows cost exactly one sequence call and one batch, for the JPA providers
     * and for the hand-written approaches alike. Larger batches save little more (the round trips are already divided
     * by 50) and hold more in memory; smaller ones give back the round trips.
     */
    int BATCH_SIZE = 50;

    /**
     * Inserts the students in one transaction, in list order, and commits.
     *
     * @return the number of rows inserted: {@code students.size()}
     * @throws BulkInsertException if the database rejects any of them; the transaction is then rolled back and no row
     *     of it remains
     */
    int insert(List<NewStudent> students);
}
