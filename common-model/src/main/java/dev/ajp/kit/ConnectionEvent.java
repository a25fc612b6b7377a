package dev.ajp.kit;

/**
 * A call on a connection that steers its transaction.
 *
 * @param action which call
 * @param argument what it was called with, as text: {@code false} for {@code setAutoCommit(false)}, the savepoint's
 *     name (or {@code unnamed}), the isolation level's name ({@code READ_COMMITTED}); empty for commit and rollback
 * @param succeeded whether the driver carried it out without an exception
 */
public record ConnectionEvent(ConnectionAction action, String argument, boolean succeeded) implements RecordedEntry {

    /** {@code commit}, {@code setAutoCommit(false)}, {@code setSavepoint(kevin)}, {@code rollback(kevin)}. */
    public String call() {
        return argument.isEmpty() ? action.method() : action.method() + "(" + argument + ")";
    }

    @Override
    public String outline() {
        return succeeded ? call() : call() + " failed";
    }

    @Override
    public String compact() {
        return succeeded ? call() : call() + "  [failed]";
    }
}
