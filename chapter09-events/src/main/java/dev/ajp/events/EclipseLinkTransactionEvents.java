package dev.ajp.events;

import java.util.Map;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * What a {@code SessionEventListener} teaches that the descriptor listener does not: it sees the transaction, not an
 * object. {@link EclipseLinkNormaliseAndAudit#postInsert} runs inside the transaction, before anyone knows whether it
 * will commit: right for an audit row, which a rollback takes back with the student; wrong for anything outside the
 * database (a message, an e-mail), which a rollback cannot take back. {@code postCommitTransaction} runs only once the
 * commit has succeeded; {@code postRollbackTransaction} when it was rolled back.
 *
 * <p>Registered on a factory by the setting {@code eclipselink.session-event-listener}.
 */
// tag::session-events[]
public final class EclipseLinkTransactionEvents extends SessionEventAdapter {

    public static final Map<String, Object> SETTINGS =
            Map.of("eclipselink.session-event-listener", EclipseLinkTransactionEvents.class.getName());

    @Override
    public void postCommitTransaction(SessionEvent event) {
        Timeline.hook("postCommitTransaction: committed, now tell the world");
    }

    @Override
    public void postRollbackTransaction(SessionEvent event) {
        Timeline.hook("postRollbackTransaction: rolled back, nothing to tell");
    }
}
// end::session-events[]
