package dev.ajp.kit;

/** The calls on a {@link java.sql.Connection} that steer its transaction. */
public enum ConnectionAction {
    SET_AUTO_COMMIT("setAutoCommit"),
    SET_TRANSACTION_ISOLATION("setTransactionIsolation"),
    COMMIT("commit"),
    /** {@code rollback()}: the whole transaction. */
    ROLLBACK("rollback"),
    SET_SAVEPOINT("setSavepoint"),
    /** {@code rollback(savepoint)}: back to a savepoint; the transaction goes on. */
    ROLLBACK_TO_SAVEPOINT("rollback"),
    RELEASE_SAVEPOINT("releaseSavepoint");

    private final String method;

    ConnectionAction(String method) {
        this.method = method;
    }

    /** The name of the JDBC method. */
    public String method() {
        return method;
    }
}
