package dev.ajp.transactions.savepoint;

import java.util.List;

/**
 * The chapter's question, the tutorial's two examples in one: in one transaction, insert the {@code sure} students,
 * then try each {@code risky} one so that its failure costs only itself; commit.
 *
 * <ul>
 *   <li>The first example, Jason committed (or everything rolled back on an error), is {@code run(List.of(JASON),
 *       List.of())}.
 *   <li>The second, Kevin flushed, then "Invalid Student" behind a savepoint and rolled back to it, then commit, is
 *       {@code run(List.of(KEVIN), List.of(INVALID))}.
 * </ul>
 *
 * Each approach is one implementation ({@link JdbcSavepoint}, {@link HibernateSavepoint}, {@link JpaValidateFirst}...);
 * {@link Approach} lists them. The naive ports of {@link NaivePort} implement it too, and show what it costs to get
 * it wrong.
 */
public interface TutorialTransaction {

    /**
     * Inserts the students in one transaction and commits.
     *
     * @param sure the students that must all be written: one of them rejected rolls the whole transaction back
     * @param risky the students that may be rejected: each one rejected is left out (rolled back to its savepoint, or
     *     never sent) and the others are kept
     * @return what the code believes it did: the students it inserted and the risky ones it left out. (The naive ports
     *     believe it too; the table says otherwise.)
     * @throws TransactionFailedException when a {@code sure} student is rejected: the transaction was rolled back and
     *     nothing of it was written
     */
    Outcome run(List<NewStudent> sure, List<NewStudent> risky);

    /**
     * What a run believes it did.
     *
     * @param inserted the number of students it inserted and committed
     * @param leftOut the risky students that were rejected and rolled back (to their savepoint, or never sent)
     */
    record Outcome(int inserted, List<NewStudent> leftOut) {
        public Outcome {
            leftOut = List.copyOf(leftOut);
        }
    }
}
