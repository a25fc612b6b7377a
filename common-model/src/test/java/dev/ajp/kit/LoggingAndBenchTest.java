package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.model.SampleData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

class LoggingAndBenchTest {

    @Test
    void theBridgeTakesEclipseLinkOnlyAndLeavesTheRestOfJavaUtilLoggingAlone() {
        var root = Logger.getLogger("");
        Handler ide = new ConsoleHandler();
        root.addHandler(ide);
        try {
            Logging.install();
            Logging.install();

            // What an IDE or a test runner put on the root logger is still there.
            assertThat(root.getHandlers()).contains(ide);
            var eclipseLink = Logger.getLogger("org.eclipse.persistence");
            assertThat(eclipseLink.getHandlers()).hasAtLeastOneElementOfType(SLF4JBridgeHandler.class);
            assertThat(eclipseLink.getUseParentHandlers()).isFalse();
        } finally {
            root.removeHandler(ide);
        }
    }

    @Test
    void quietLeavesOnlyErrorsOfTheNamedLoggers() {
        Logging.quiet("dev.ajp.kit.quiet-test");

        var logger = LoggerFactory.getLogger("dev.ajp.kit.quiet-test");
        assertThat(logger.isWarnEnabled()).isFalse();
        assertThat(logger.isErrorEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("dev.ajp.kit.other").isWarnEnabled()).isTrue();
    }

    enum Approach {
        PLAIN_JDBC
    }

    @Test
    void aBenchmarkRunNotesTheDatabaseItMeasuredAndTheApproachLabels(@TempDir Path dir) throws Exception {
        var notes = dir.resolve("jmh-notes.properties");
        System.setProperty(Bench.NOTES, notes.toString());
        try (var db = Database.setup().unrecorded().open()) {
            Bench.label(Approach.PLAIN_JDBC, "plain JDBC");
            try (var connection = db.dataSource().getConnection()) {
                var meta = connection.getMetaData();
                var written = new Properties();
                try (var reader = Files.newBufferedReader(notes)) {
                    written.load(reader);
                }
                assertThat(written.getProperty("database"))
                        .isEqualTo(meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
                assertThat(written.getProperty("driver")).startsWith(meta.getDriverName());
                assertThat(written.getProperty("label.PLAIN_JDBC")).isEqualTo("plain JDBC");
            }
        } finally {
            System.clearProperty(Bench.NOTES);
        }
    }

    @Test
    void outsideABenchmarkRunNothingIsNoted() {
        assertThat(System.getProperty(Bench.NOTES)).isNull();
        try (var db = Database.loaded(SampleData.canonical())) {
            Bench.label(Approach.PLAIN_JDBC, "plain JDBC");
            assertThat(db.recorder().entries()).isEmpty();
        }
    }
}
