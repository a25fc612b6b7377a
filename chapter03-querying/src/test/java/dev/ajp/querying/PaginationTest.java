package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings.Kind;
import dev.ajp.kit.Frameworks;
import dev.ajp.kit.JpaProvider;
import dev.ajp.kit.Recording;
import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The students page by page, by OFFSET and by keyset, in every form: the same pages, one SELECT each, and together
 * every student once; and what the database reads for one page, as the database itself reports it.
 */
class PaginationTest {

    private record Opened(Database db, Frameworks frameworks) {}

    /** One database per data set, opened on first use and shared by the tests, which only read. */
    private static final Map<DataCase, Opened> OPENED = new LinkedHashMap<>();

    static Stream<Arguments> formsOnEachDataSet() {
        return DataCase.all().stream()
                .flatMap(data -> Approach.queryForms().stream().map(form -> Arguments.of(form, data)));
    }

    @AfterAll
    static void closeDatabases() {
        OPENED.values().forEach(opened -> opened.db().close());
        OPENED.clear();
    }

    /**
     * Walks every page with keyset, and asks OFFSET for the page at each same position: the two agree page for page,
     * and the pages put together are every student in id order.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("formsOnEachDataSet")
    void offsetAndKeysetReturnTheSamePagesOneSelectEachAndTogetherEveryStudent(Approach form, DataCase data) {
        var opened = open(data);
        var queries = form.on(opened.frameworks());
        var recorder = opened.db().recorder();
        var size = data.pageSize();
        var pages = new ArrayList<List<ListedStudent>>();
        var position = PagePosition.START;
        List<ListedStudent> page;
        do {
            var at = position;
            var byKeyset = recorder.record(() -> Paging.KEYSET.page(queries, at, size));
            var byOffset = recorder.record(() -> Paging.OFFSET.page(queries, at, size));
            assertSent(Paging.KEYSET, byKeyset);
            assertSent(Paging.OFFSET, byOffset);
            page = byKeyset.result();
            assertThat(byOffset.result()).as("the page after %s", at).isEqualTo(page);
            pages.add(page);
            position = at.after(page);
        } while (page.size() == size);

        var expected = ExpectedResults.listedStudents(data.data());
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(expected);
        // Full pages, then a short one that tells the end (the data sets are not a multiple of the page size).
        assertThat(pages).hasSize(expected.size() / size + 1);
        assertThat(position).isEqualTo(new PagePosition(expected.size(), expected.size()));
    }

    /**
     * Hibernate writes an OFFSET whenever {@code setFirstResult} was called, even with 0, and none for a keyset page,
     * which only sets a maximum; EclipseLink writes {@code LIMIT ? OFFSET ?} whenever a query has a maximum, keyset
     * pages included (with nothing to skip: the page is the right one).
     */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void hibernateWritesOffsetWhenToldToSkipAndEclipseLinkWheneverItLimits(JpaProvider provider) {
        var data = DataCase.CANONICAL;
        var opened = open(data);
        var queries = new JpqlQueries(opened.frameworks().jpa(provider));
        var recorder = opened.db().recorder();

        var firstPage = recorder.record(() -> queries.studentsByOffset(0, 2));
        var secondPage = recorder.record(() -> queries.studentsByOffset(2, 2));
        var keysetPage = recorder.record(() -> queries.studentsAfter(2, 2));

        assertThat(keysetPage.result()).isEqualTo(secondPage.result());
        assertThat(sql(firstPage)).containsIgnoringCase("offset ?");
        assertThat(sql(secondPage)).containsIgnoringCase("offset ?");
        if (provider == JpaProvider.HIBERNATE) {
            assertThat(sql(keysetPage)).doesNotContainIgnoringCase("offset").endsWith("fetch first ? rows only");
        } else {
            assertThat(sql(keysetPage)).endsWith("LIMIT ? OFFSET ?");
        }
    }

    /**
     * What the database reads for one page of 20 out of 10,000 students, as its EXPLAIN ANALYZE counts it: OFFSET
     * reads the rows it skips and then the page, so the cost grows with the page number (20, 5,000, 10,000 rows);
     * keyset seeks the last id in the primary key's index and reads the page alone, whatever its number. H2 starts
     * the index range at the last id itself and steps over it: one row more when that id exists.
     */
    @Test
    void offsetReadsEveryRowItSkipsAndKeysetReadsOnlyThePage() {
        var students = 10_000;
        try (var db =
                ChapterDatabase.setup().data(SampleData.generated(students, 0)).open()) {
            var postgres = db.settings().kind() == Kind.POSTGRES;
            if (postgres) {
                // Statistics, as a database in service has them (see PaginationBenchmark).
                db.frameworks().jdbi().useHandle(handle -> handle.execute("analyze students"));
            }
            var offset = "select id, name, age, grade from students order by id limit 20 offset %d";
            var keyset = "select id, name, age, grade from students where id > %d order by id limit 20";

            assertThat(rowsRead(db, offset.formatted(0))).isEqualTo(20);
            assertThat(rowsRead(db, offset.formatted(4_980))).isEqualTo(5_000);
            assertThat(rowsRead(db, offset.formatted(9_980))).isEqualTo(10_000);
            assertThat(rowsRead(db, keyset.formatted(0))).isEqualTo(20);
            assertThat(rowsRead(db, keyset.formatted(4_980))).isEqualTo(postgres ? 20 : 21);
            assertThat(rowsRead(db, keyset.formatted(9_980))).isEqualTo(postgres ? 20 : 21);
        }
    }

    /**
     * The rows the scan of {@code students} handed on, by the database's own account: on PostgreSQL the actual rows
     * of the node under the LIMIT (an index scan of the primary key), on H2 the scan count of the primary key's index
     * (which H2 names PRIMARY_KEY_...).
     */
    private static long rowsRead(Database db, String sql) {
        var postgres = db.settings().kind() == Kind.POSTGRES;
        var explain = postgres ? "explain (analyze, costs off, timing off, summary off) " : "explain analyze ";
        List<String> lines = db.frameworks()
                .jdbi()
                .withHandle(handle ->
                        handle.createQuery(explain + sql).mapTo(String.class).list());
        var plan = String.join("\n", lines);
        var rows = postgres
                ? Pattern.compile("->  Index Scan using students_pk on students \\(actual rows=(\\d+) ")
                : Pattern.compile(
                        "/\\* PUBLIC\\.PRIMARY_KEY_\\w+(?:: ID > [^*]+)? \\*/\\s+/\\* scanCount: (\\d+) \\*/");
        var found = rows.matcher(plan);
        assertThat(found.find())
                .as("an index scan of the primary key in:%n%s", plan)
                .isTrue();
        return Long.parseLong(found.group(1));
    }

    private static Opened open(DataCase data) {
        return OPENED.computeIfAbsent(data, d -> {
            var db = d.open();
            return new Opened(db, db.frameworks(Student.class, Course.class));
        });
    }

    private static String sql(Recording<?> recording) {
        return recording.statements().get(0).sql();
    }

    /** One SELECT per page, no connection event, and SQL that pages the way it says. */
    private static void assertSent(Paging paging, Recording<?> recording) {
        assertThat(recording.outline()).as(recording.describe()).isEqualTo(sentForOnePage(paging));
        var sql = sql(recording);
        switch (paging) {
            // The database skips the rows, on the first page too (an offset of 0).
            case OFFSET -> assertThat(sql).containsIgnoringCase("offset");
            // The last id is a bound parameter, compared in the WHERE clause.
            case KEYSET -> assertThat(sql).containsPattern("(?i)id\\s*>\\s*\\?");
        }
    }

    /**
     * What one page sends, in every form. Exhaustive: a new way of paging does not compile until its entries are
     * written here. No connection event: every form reads without a transaction.
     */
    private static List<String> sentForOnePage(Paging paging) {
        return switch (paging) {
            case OFFSET, KEYSET -> List.of("select");
        };
    }
}
