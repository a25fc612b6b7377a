package dev.ajp.kit;

import java.sql.Connection;
import java.sql.Savepoint;
import java.util.List;
import java.util.stream.Collectors;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.lifecycle.JdbcLifecycleEventListenerAdapter;

/**
 * What datasource-proxy calls on a {@link Database}'s DataSources: statements after they ran, and the calls on
 * connections that steer a transaction, handed to the {@link SqlRecorder} as entries.
 */
final class RecorderListener extends JdbcLifecycleEventListenerAdapter {

    private final SqlRecorder recorder;

    RecorderListener(SqlRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        var sql = queries.stream().map(QueryInfo::getQuery).collect(Collectors.joining(";\n"));
        var batched = execution.isBatch();
        var size = batched ? execution.getBatchSize() : 1;
        recorder.add(new RecordedStatement(sql, StatementKind.of(sql), batched, size, execution.isSuccess()));
    }

    @Override
    public void afterGetConnection(MethodExecutionContext call) {
        if (call.getThrown() == null) {
            recorder.connectionAcquired();
        }
    }

    @Override
    public void afterPrepareStatement(MethodExecutionContext call) {
        rejectedWhilePrepared(call);
    }

    @Override
    public void afterPrepareCall(MethodExecutionContext call) {
        rejectedWhilePrepared(call);
    }

    /**
     * A statement the database refused before it could run: H2 parses a statement when it is prepared, so a
     * syntax error never reaches an {@code execute}; PostgreSQL's driver prepares lazily and fails at the
     * {@code execute}. Recorded here as a failed statement, so that both databases show the same thing.
     */
    private void rejectedWhilePrepared(MethodExecutionContext call) {
        var args = call.getMethodArgs();
        if (call.getThrown() != null && args != null && args.length > 0 && args[0] instanceof String sql) {
            recorder.add(new RecordedStatement(sql, StatementKind.of(sql), false, 1, false));
        }
    }

    @Override
    public void afterSetAutoCommit(MethodExecutionContext call) {
        event(ConnectionAction.SET_AUTO_COMMIT, String.valueOf(call.getMethodArgs()[0]), call);
    }

    @Override
    public void afterSetTransactionIsolation(MethodExecutionContext call) {
        event(ConnectionAction.SET_TRANSACTION_ISOLATION, isolation((Integer) call.getMethodArgs()[0]), call);
    }

    @Override
    public void afterCommit(MethodExecutionContext call) {
        event(ConnectionAction.COMMIT, "", call);
    }

    @Override
    public void afterRollback(MethodExecutionContext call) {
        var args = call.getMethodArgs();
        if (args == null || args.length == 0) {
            event(ConnectionAction.ROLLBACK, "", call);
        } else {
            event(ConnectionAction.ROLLBACK_TO_SAVEPOINT, recorder.savepointName((Savepoint) args[0]), call);
        }
    }

    @Override
    public void afterSetSavepoint(MethodExecutionContext call) {
        var args = call.getMethodArgs();
        var name = args != null && args.length == 1 ? String.valueOf(args[0]) : "unnamed";
        if (call.getResult() instanceof Savepoint savepoint) {
            recorder.savepointSet(savepoint, name);
        }
        event(ConnectionAction.SET_SAVEPOINT, name, call);
    }

    @Override
    public void afterReleaseSavepoint(MethodExecutionContext call) {
        event(ConnectionAction.RELEASE_SAVEPOINT, recorder.savepointName((Savepoint) call.getMethodArgs()[0]), call);
    }

    private void event(ConnectionAction action, String argument, MethodExecutionContext call) {
        // Only calls on connections: Statement and ResultSet have no such methods, but be explicit.
        if (call.getTarget() instanceof Connection) {
            recorder.add(new ConnectionEvent(action, argument, call.getThrown() == null));
        }
    }

    private static String isolation(int level) {
        return switch (level) {
            case Connection.TRANSACTION_NONE -> "NONE";
            case Connection.TRANSACTION_READ_UNCOMMITTED -> "READ_UNCOMMITTED";
            case Connection.TRANSACTION_READ_COMMITTED -> "READ_COMMITTED";
            case Connection.TRANSACTION_REPEATABLE_READ -> "REPEATABLE_READ";
            case Connection.TRANSACTION_SERIALIZABLE -> "SERIALIZABLE";
            default -> String.valueOf(level);
        };
    }
}
