package dev.ajp.mixins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.DatabaseSettings;
import dev.ajp.testsupport.Console;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MixinsMainTest {

    @Test
    void theMainShowsEachApproachKeepingCreatedAtAndWhichOnesBulkUpdatesLeaveBehind() {
        var printed = Console.capture(() -> MixinsMain.main(new String[0]));
        var database = DatabaseSettings.fromEnvironment().kind();

        for (var approach : Approach.values()) {
            var header = "== " + approach.label() + " (";
            if (!approach.runsOn(database)) {
                assertThat(printed).doesNotContain(header).contains("PostgreSQL only: [" + approach.label() + "]");
                continue;
            }
            var section = section(printed, header);
            var alice = section.lines().filter(l -> l.startsWith("  Alice ")).toList();
            assertThat(section).contains("  Mathematics  created ");
            assertThat(alice).hasSize(3);
            // After the insert, Alice's two timestamps; after her birthday, created_at kept and updated_at moved.
            assertThat(alice.get(1)).endsWith("(created_at kept, updated_at moved)");
            // After the bulk UPDATE: the trap, or not.
            assertThat(alice.get(2))
                    .endsWith(
                            switch (approach) {
                                case HIBERNATE_CALLBACKS,
                                        ECLIPSELINK_CALLBACKS,
                                        HIBERNATE_CREATION_TIMESTAMP,
                                        HIBERNATE_CURRENT_TIMESTAMP -> "(created_at kept, updated_at did not move)";
                                case JDBI_SQL_OBJECT_MIXIN,
                                        HIBERNATE_GENERATED,
                                        ECLIPSELINK_REFRESH,
                                        ECLIPSELINK_RETURNING,
                                        JDBI_GENERATED_KEYS -> "(created_at kept, updated_at moved)";
                            });
            assertThat(section).contains("Every grade A student becomes A+, in one bulk UPDATE (3 rows)");
        }
    }

    /** The lines from the header to the next one. */
    private static String section(String printed, String header) {
        var start = printed.indexOf(header);
        assertThat(start).as(header).isNotNegative();
        var end = printed.indexOf("\n== ", start + 1);
        return printed.substring(start, end < 0 ? printed.length() : end);
    }

    @Test
    void everyApproachHasItsOwnLabel() {
        assertThat(Arrays.stream(Approach.values()).map(Approach::label)).doesNotHaveDuplicates();
    }
}
