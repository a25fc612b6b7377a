package dev.ajp.rawsql;

import dev.ajp.kit.Database;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import dev.ajp.testsupport.ReadmeSql;
import dev.ajp.testsupport.ReadmeSql.Operation;
import dev.ajp.testsupport.ReadmeSql.Sent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The SQL the README shows is the SQL the frameworks send (test-support's {@link ReadmeSql} explains the markers): a
 * label {@code WHAT: NAME} runs that query with the approach (for {@code older-than}) or the framework's
 * {@link Search} named, with the main's arguments, on the tutorial's data, once before it is recorded (so that the
 * framework's start is not recorded).
 */
class ReadmeSqlTest {

    /** What each query runs, given the frameworks and the name of an approach or framework. */
    private static final Map<String, Function<Frameworks, Function<String, Object>>> RUNS = new LinkedHashMap<>();

    static {
        RUNS.put("older-than", f -> name -> approach(name).on(f).olderThan(RawSqlMain.AGE));
        RUNS.put("age-concatenated", f -> name -> search(name).on(f).olderThanConcatenated(RawSqlMain.HOSTILE_AGE));
        RUNS.put("name-concatenated", f -> name -> search(name).on(f).namedConcatenated(RawSqlMain.HOSTILE_NAME));
        RUNS.put("name-bound", f -> name -> search(name).on(f).namedBound(RawSqlMain.HOSTILE_NAME));
        RUNS.put("like", f -> name -> search(name).on(f).nameContains("_"));
        RUNS.put(
                "in-list",
                f -> name -> search(name).on(f).namedAnyOf(List.of("Alice", "Eve", RawSqlMain.HOSTILE_NAME)));
        RUNS.put("sorted-by", f -> name -> search(name).on(f).namesSortedBy("age", "desc"));
    }

    @Test
    void everySqlBlockInTheReadmeIsWhatTheNamedApproachesSend() {
        try (var db = Database.loaded(SampleData.canonical())) {
            var frameworks = db.frameworks(Student.class, Course.class);
            var labels = new LinkedHashMap<String, Operation>();
            RUNS.forEach((what, run) -> {
                var names = what.equals("older-than")
                        ? List.of(Approach.values()).stream()
                                .map(Approach::label)
                                .toList()
                        : List.of(Search.values()).stream().map(Search::label).toList();
                for (var name : names) {
                    labels.put(what + ": " + name, () -> {
                        var query = run.apply(frameworks);
                        query.apply(name); // starts the framework outside the recording
                        return Sent.of(db.recorder().record(() -> query.apply(name)));
                    });
                }
            });
            labels.put("define: Jdbi", () -> {
                var search = new JdbiSearch(frameworks.jdbi());
                search.olderThanDefined(RawSqlMain.HOSTILE_AGE);
                return Sent.of(db.recorder().record(() -> search.olderThanDefined(RawSqlMain.HOSTILE_AGE)));
            });
            ReadmeSql.assertChapter(ModuleDirectory.of(ReadmeSqlTest.class), labels);
        }
    }

    private static Approach approach(String label) {
        return List.of(Approach.values()).stream()
                .filter(a -> a.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No approach is named " + label));
    }

    private static Search search(String label) {
        return List.of(Search.values()).stream()
                .filter(s -> s.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No framework is named " + label));
    }
}
