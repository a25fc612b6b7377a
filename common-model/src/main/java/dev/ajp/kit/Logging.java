package dev.ajp.kit;

import ch.qos.logback.classic.Level;
import java.util.logging.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * One logging route for the three frameworks. Hibernate (jboss-logging), Jdbi, HikariCP and the kit log through
 * SLF4J to logback by themselves; EclipseLink logs through java.util.logging under {@code org.eclipse.persistence},
 * and only that part of java.util.logging is bridged here: whatever handlers an IDE, a test runner or the JVM set
 * up for the rest stay as they were. logback.xml sets WARN, so a main prints its lesson and not start-up chatter.
 */
public final class Logging {

    /** The java.util.logging namespace EclipseLink logs under (with {@code eclipselink.logging.logger=JavaLogger}). */
    static final String ECLIPSELINK = "org.eclipse.persistence";

    /** Held here: java.util.logging keeps loggers weakly, and would forget the handler and level set on this one. */
    private static Logger eclipseLink;

    private Logging() {}

    /** Routes EclipseLink's java.util.logging records to SLF4J, at WARNING and above. Idempotent. */
    public static synchronized void install() {
        if (eclipseLink != null) {
            return;
        }
        var logger = Logger.getLogger(ECLIPSELINK);
        logger.addHandler(new SLF4JBridgeHandler());
        // Not also to the root's console handler: each record once, formatted like every other framework's.
        logger.setUseParentHandlers(false);
        // Records below WARNING would be built only to be dropped by logback: stop them at the source.
        logger.setLevel(java.util.logging.Level.WARNING);
        eclipseLink = logger;
    }

    /**
     * Only errors from these loggers from now on (logback names; EclipseLink's are under {@code
     * org.eclipse.persistence}): for a main whose lesson is an exception that a framework would also log as a
     * warning, such as a rejected INSERT.
     */
    public static void quiet(String... loggers) {
        install();
        for (var name : loggers) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name)).setLevel(Level.ERROR);
        }
    }
}
