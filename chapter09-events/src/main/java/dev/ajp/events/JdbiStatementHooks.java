package dev.ajp.events;

import java.sql.PreparedStatement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * What Jdbi offers instead of entity events: hooks around statements and handles, installed on a {@link Jdbi} as one
 * {@link JdbiPlugin}. Each notes on the {@link Timeline} when it runs:
 *
 * <ul>
 *   <li>{@code customizeHandle}: every handle as it is opened, where a {@code Handle#addCleanable} registers what to do
 *       when it closes;
 *   <li>a {@link StatementCustomizer}: every statement Jdbi runs, just before and after it executes (to set a timeout, a
 *       fetch size, or to time it);
 *   <li>a {@link SqlLogger}: every statement Jdbi runs, with its SQL and timing, for logging.
 * </ul>
 *
 * <p>They see statements, not students: none of them knows that a row is a student or what its name is. A
 * "before insert" that changes data is the DAO's own code ({@link JdbiDao}). And they see only what goes through
 * Jdbi: plain JDBC on {@code handle.getConnection()} passes them by.
 */
// tag::plugin[]
public final class JdbiStatementHooks implements JdbiPlugin {

    @Override
    public void customizeJdbi(Jdbi jdbi) {
        jdbi.addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement statement, StatementContext context) {
                Timeline.hook("StatementCustomizer.beforeExecution");
            }
        });
        jdbi.setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext context) {
                Timeline.hook("SqlLogger.logAfterExecution: " + context.getRawSql());
            }
        });
    }

    @Override
    public Handle customizeHandle(Handle handle) {
        Timeline.hook("JdbiPlugin.customizeHandle");
        handle.addCleanable(() -> Timeline.hook("Handle cleanable: the handle closes"));
        return handle;
    }
}
// end::plugin[]
