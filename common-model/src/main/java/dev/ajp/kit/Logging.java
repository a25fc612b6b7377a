package dev.ajp.kit;

import java.util.logging.Level;
import java.util.logging.LogManager;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * One logging route for the three frameworks: Hibernate (jboss-logging), Jdbi, HikariCP and the kit log through
 * SLF4J to logback by themselves; EclipseLink logs through java.util.logging, bridged here. logback.xml sets WARN,
 * so a main prints its lesson and not the frameworks' start-up chatter.
 */
public final class Logging {

    private static volatile boolean installed;

    private Logging() {}

    /** Routes java.util.logging to SLF4J. Idempotent. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.install();
        // Records below WARNING would be built only to be dropped by logback: stop them at the source.
        java.util.logging.Logger.getLogger("").setLevel(Level.WARNING);
        installed = true;
    }
}
