package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The rules every chapter's benchmark parameter test applies, on benchmark classes made for the purpose here. */
class BenchmarkParametersTest {

    /** An approach enum as the chapters write them: one constant needs PostgreSQL. */
    public enum Way implements ChapterApproach {
        EVERYWHERE,
        ALSO_EVERYWHERE,
        POSTGRES_ONLY;

        @Override
        public String label() {
            return "JDBC/" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        @Override
        public Set<DatabaseSettings.Kind> databases() {
            return this == POSTGRES_ONLY ? ChapterApproach.POSTGRES_ONLY : ChapterApproach.EVERY_DATABASE;
        }
    }

    /** An enum without runsOn: every constant runs everywhere. */
    public enum Page {
        FIRST,
        LAST
    }

    public static class WaysBenchmark {
        @Param({"EVERYWHERE", "ALSO_EVERYWHERE"})
        public Way approach;

        @Param
        public Page page;

        @Param({"0", "1000"})
        public int rows;
    }

    public static class PostgresWaysBenchmark {
        @Param
        public Way approach;
    }

    public static class WrongWaysBenchmark {
        @Param({"EVERYWHERE", "NOWHERE", "POSTGRES_ONLY"})
        public Way approach;

        @Param({"many"})
        public int rows;
    }

    @Test
    void aBenchmarkNamedPostgresRunsOnPostgresqlOnlyAndAnEnumWithoutValuesRunsEveryConstant() {
        assertThat(BenchmarkParameters.databases(PostgresWaysBenchmark.class))
                .containsExactly(DatabaseSettings.Kind.POSTGRES);
        assertThat(BenchmarkParameters.databases(WaysBenchmark.class))
                .containsExactlyInAnyOrder(DatabaseSettings.Kind.values());
        assertThat(BenchmarkParameters.values(WaysBenchmark.class, "page")).containsExactly("FIRST", "LAST");
        assertThat(BenchmarkParameters.values(WaysBenchmark.class, "rows")).containsExactly("0", "1000");
        assertThatThrownBy(() -> BenchmarkParameters.values(WaysBenchmark.class, "nothing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("WaysBenchmark has no public field nothing");
    }

    @Test
    void everyApproachMeasuredWhereItRunsIsNoProblem() {
        assertThat(BenchmarkParameters.problems(List.of(WaysBenchmark.class, PostgresWaysBenchmark.class)))
                .isEmpty();
    }

    @Test
    void anApproachThatNoBenchmarkMeasuresOnADatabaseWhereItRunsIsNamed() {
        // Without the PostgreSQL benchmark POSTGRES_ONLY is measured nowhere; WaysBenchmark measures the other two on
        // both databases.
        assertThat(BenchmarkParameters.problems(List.of(WaysBenchmark.class)))
                .containsExactly("Way.POSTGRES_ONLY runs on postgres but no benchmark measures it there");
    }

    @Test
    void anUnknownValueAnApproachOnTheWrongDatabaseAndASizeThatIsNoNumberAreNamed() {
        assertThat(BenchmarkParameters.problems(List.of(WrongWaysBenchmark.class, PostgresWaysBenchmark.class)))
                .containsExactly(
                        "WrongWaysBenchmark.approach: NOWHERE is no constant of Way",
                        "WrongWaysBenchmark.approach: POSTGRES_ONLY does not run on h2, where WrongWaysBenchmark runs",
                        "WrongWaysBenchmark.rows: many is not a number of zero or more",
                        "Way.ALSO_EVERYWHERE runs on h2 but no benchmark measures it there");
    }

    @Test
    void withoutTheListJmhWritesTheBenchmarksCannotBeFound() {
        // common-model has no benchmarks, so its class path holds no META-INF/BenchmarkList.
        assertThatThrownBy(BenchmarkParameters::benchmarks)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No /META-INF/BenchmarkList on the class path");
    }

    /** Labels the report could not tell apart, or not in the repository's style. */
    public enum BadLabel implements ChapterApproach {
        GOOD("Jdbi/sql-batch"),
        SPACES("Hibernate batched persist"),
        TWICE("Jdbi/sql-batch");

        private final String label;

        BadLabel(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public Set<DatabaseSettings.Kind> databases() {
            return EVERY_DATABASE;
        }
    }

    public static class BadLabelsBenchmark {
        @Param
        public BadLabel approach;
    }

    @Test
    void anApproachLabelNotInTheFrameworkSlashApproachStyleOrUsedTwiceIsNamed() {
        assertThat(BenchmarkParameters.problems(List.of(BadLabelsBenchmark.class)))
                .containsExactly(
                        "BadLabel.SPACES's label \"Hibernate batched persist\" is not Framework/approach ("
                                + ChapterApproach.LABEL.pattern() + ")",
                        "BadLabel.TWICE's label \"Jdbi/sql-batch\" is another constant's too");
    }
}
