package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.JpaProvider;
import dev.ajp.model.Course;
import dev.ajp.model.Student;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What answering the join with whole entities costs, against the DTO projection of the same provider. */
class EntityLoadingTest {

    static Stream<Arguments> loadingsOnEachDataSet() {
        return DataCase.all().stream()
                .flatMap(data -> Approach.entityLoadings().stream().map(loading -> Arguments.of(loading, data)));
    }

    static Stream<Arguments> providersOnEachDataSet() {
        return DataCase.all().stream()
                .flatMap(data -> Stream.of(JpaProvider.values()).map(provider -> Arguments.of(provider, data)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("loadingsOnEachDataSet")
    void entitiesGiveTheSamePairsInTheSelectsEachLoadingNeeds(Approach loading, DataCase data) {
        try (var db = data.open()) {
            var join = loading.join(db.frameworks(Student.class, Course.class));

            var recording = db.recorder().record(join);

            assertThat(recording.result()).isEqualTo(ExpectedResults.studentCoursePairs(data.data()));
            assertThat(recording.outline())
                    .as(recording.describe())
                    .isEqualTo(sent(loading, data.data().students().size()));
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("providersOnEachDataSet")
    void joinFetchIsOneSelectButReadsColumnsTheProjectionLeavesOut(JpaProvider provider, DataCase data) {
        try (var db = data.open()) {
            var emf = db.frameworks(Student.class, Course.class).jpa(provider);
            var entities = new PairsFromEntities(emf);
            var projection = new JpqlQueries(emf);

            var fetched = db.recorder().record(entities::byJoinFetch);
            var projected = db.recorder().record(projection::studentCoursePairs);

            assertThat(fetched.result()).isEqualTo(ExpectedResults.studentCoursePairs(data.data()));
            assertThat(fetched.count()).isEqualTo(1);
            assertThat(projected.result()).isEqualTo(fetched.result());
            assertThat(projected.count()).isEqualTo(1);
            // The entities need age and grade, which the pairs never use; the projection reads only the two names.
            assertThat(selectList(fetched.statements().get(0).sql())).contains("age", "grade");
            assertThat(selectList(projected.statements().get(0).sql())).doesNotContain("age", "grade");
        }
    }

    /**
     * What each loading sends for the join, in order: SELECTs only, no connection event (the entities are read
     * without a transaction). Exhaustive: a new way of loading does not compile until its entries are written here.
     */
    private static List<String> sent(Approach loading, int students) {
        return switch (loading) {
            // One SELECT for the students, then one per student when its lazy courses are first touched: 1 + N.
            case HIBERNATE_LAZY, ECLIPSELINK_LAZY -> Collections.nCopies(1 + students, "select");
            // Students and courses together, in one SELECT.
            case HIBERNATE_JOIN_FETCH, ECLIPSELINK_JOIN_FETCH -> List.of("select");
            // The forms answer the join with a DTO projection: QueryFormsTest counts what they send.
            case HIBERNATE_JPQL,
                    ECLIPSELINK_JPQL,
                    HIBERNATE_CRITERIA,
                    ECLIPSELINK_CRITERIA,
                    HIBERNATE_NATIVE,
                    ECLIPSELINK_NATIVE,
                    JDBI_FLUENT,
                    JDBI_SQL_OBJECT -> throw new IllegalArgumentException(loading + " loads no entities");
        };
    }

    /** The text between SELECT and the first FROM, in lower case. */
    private static String selectList(String sql) {
        var text = sql.toLowerCase(Locale.ROOT);
        return text.substring(text.indexOf("select") + "select".length(), text.indexOf(" from "));
    }
}
