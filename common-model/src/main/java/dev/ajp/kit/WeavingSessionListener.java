package dev.ajp.kit;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Weaves the entities on the test class path for EclipseLink before JUnit loads a test class, when an IDE compiled
 * them ({@link Weaving}). JUnit finds it through {@code META-INF/services} in every launcher that runs this project's
 * tests: Maven's surefire, the IDEs' runners and the console launcher. Under Maven the classes are woven already and
 * it only checks them.
 *
 * <p>common-model needs the JUnit launcher only to compile this class ({@code provided} scope): the launcher is on the
 * class path whenever JUnit runs, and nothing else looks this service up.
 */
public final class WeavingSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        var loader = Thread.currentThread().getContextClassLoader();
        Weaving.weaveClassDirectories(loader == null ? WeavingSessionListener.class.getClassLoader() : loader);
    }
}
