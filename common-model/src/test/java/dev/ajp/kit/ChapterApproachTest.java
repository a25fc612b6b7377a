package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.kit.DatabaseSettings.Kind;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a chapter's approach enum says where each approach runs, and what the main, the tests and benchmarks ask it. */
class ChapterApproachTest {

    enum Way implements ChapterApproach {
        JDBC_BATCH("JDBC/batch", EVERY_DATABASE),
        POSTGRES_COPY("PostgreSQL/copy", POSTGRES_ONLY),
        JDBI_BATCH("Jdbi/prepared-batch", EVERY_DATABASE);

        private final String label;
        private final Set<Kind> databases;

        Way(String label, Set<Kind> databases) {
            this.label = label;
            this.databases = databases;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Set<Kind> databases() {
            return databases;
        }
    }

    @Test
    void theApproachesThatRunOnADatabaseKeepTheEnumsOrderAndTheOthersAreNamedApart() {
        assertThat(ChapterApproach.runningOn(Way.class, Kind.H2)).containsExactly(Way.JDBC_BATCH, Way.JDBI_BATCH);
        assertThat(ChapterApproach.notRunningOn(Way.class, Kind.H2)).containsExactly(Way.POSTGRES_COPY);
        assertThat(ChapterApproach.runningOn(Way.class, Kind.POSTGRES)).containsExactly(Way.values());
        assertThat(ChapterApproach.notRunningOn(Way.class, Kind.POSTGRES)).isEmpty();
    }

    @Test
    void anApproachOnADatabaseItCannotRunOnIsRefusedSayingWhereItRunsAndHowToRunItThere() {
        assertThat(Way.POSTGRES_COPY.notHere(Kind.H2)).isEqualTo("PostgreSQL/copy runs on PostgreSQL only, not on H2");
        assertThatThrownBy(() -> Way.POSTGRES_COPY.requireRunsOn(Kind.H2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PostgreSQL/copy runs on PostgreSQL only, not on H2. Run it with DB=postgres.");
        assertThatNoException().isThrownBy(() -> Way.POSTGRES_COPY.requireRunsOn(Kind.POSTGRES));
        assertThatNoException().isThrownBy(() -> Way.JDBC_BATCH.requireRunsOn(Kind.H2));
    }

    @Test
    void theDatabaseSetsCannotBeChangedByAnApproach() {
        assertThatThrownBy(() -> ChapterApproach.EVERY_DATABASE.remove(Kind.H2))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(ChapterApproach.POSTGRES_ONLY).containsExactly(Kind.POSTGRES);
    }
}
