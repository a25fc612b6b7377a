package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.SqlRecorder.Kind;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What answering the join with whole entities costs, against the DTO projection of the same provider. */
class EntityLoadingTest {

    static Stream<Arguments> providersOnEachDataSet() {
        return DataCase.all().stream()
                .flatMap(data -> Stream.of(JpaProvider.values()).map(provider -> Arguments.of(provider, data)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("providersOnEachDataSet")
    void lazyNavigationSendsOneSelectForTheStudentsAndOneMorePerStudent(JpaProvider provider, DataCase data) {
        try (var db = data.open()) {
            var entities = new EntityEnrollments(Frameworks.on(db).jpa(provider));

            var recording = db.recorder().record(entities::byLazyNavigation);

            assertThat(recording.result()).isEqualTo(Expected.enrollments(data.data()));
            assertThat(recording.count()).isEqualTo(1 + data.data().students().size());
            assertThat(recording.count(Kind.SELECT)).isEqualTo(recording.count());
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("providersOnEachDataSet")
    void joinFetchIsOneSelectButReadsColumnsTheProjectionLeavesOut(JpaProvider provider, DataCase data) {
        try (var db = data.open()) {
            var frameworks = Frameworks.on(db);
            var entities = new EntityEnrollments(frameworks.jpa(provider));
            var projection = new JpqlQueries(frameworks.jpa(provider));

            var fetched = db.recorder().record(entities::byJoinFetch);
            var projected = db.recorder().record(projection::enrollments);

            assertThat(fetched.result()).isEqualTo(Expected.enrollments(data.data()));
            assertThat(fetched.count()).isEqualTo(1);
            assertThat(projected.result()).isEqualTo(fetched.result());
            assertThat(projected.count()).isEqualTo(1);
            // The entities need age and grade, which the pairs never use; the projection reads only the two names.
            assertThat(selectList(fetched.statements().get(0).sql())).contains("age", "grade");
            assertThat(selectList(projected.statements().get(0).sql())).doesNotContain("age", "grade");
        }
    }

    /** The text between SELECT and the first FROM, in lower case. */
    private static String selectList(String sql) {
        var text = sql.toLowerCase(Locale.ROOT);
        return text.substring(text.indexOf("select") + "select".length(), text.indexOf(" from "));
    }
}
