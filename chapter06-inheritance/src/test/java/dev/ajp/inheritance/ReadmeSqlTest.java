package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.inheritance.PeopleTest.Operation;
import dev.ajp.inheritance.joined.JoinedCourse;
import dev.ajp.inheritance.joined.JoinedPerson;
import dev.ajp.inheritance.joined.UntypedJoinedPerson;
import dev.ajp.inheritance.joined.UntypedJoinedStudent;
import dev.ajp.inheritance.joined.UntypedJoinedTeacher;
import dev.ajp.kit.Database;
import dev.ajp.kit.DatabaseSettings;
import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.SqlRecorder.Kind;
import dev.ajp.kit.SqlRecorder.Statement;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;
import org.junit.jupiter.api.Test;

/**
 * What the README says about SQL is what the frameworks send:
 *
 * <ul>
 *   <li>every {@code sql} block after a marker {@code <!-- sql: QUESTION: APPROACH, ... [on h2|postgres] -->} holds
 *       the statements each named approach sends for that question (up to whitespace; for {@code add}, the
 *       statements after the sequence call), on the database named or on both. With {@code (subclasses in any
 *       order)} the statements and the parts of each may come in another order: EclipseLink's order of subclasses is
 *       its own and not fixed;
 *   <li>the table of statement counts is {@link PeopleTest#expectedOutline};
 *   <li>an {@code sql} block after {@code <!-- schema -->} is part of the schema script.
 * </ul>
 */
class ReadmeSqlTest {

    private static final Pattern MARKER =
            Pattern.compile("^<!-- sql: ([a-z-]+): (.+?)(?: on (h2|postgres))?( \\(subclasses in any order\\))? -->$");

    static final Map<String, Function<People, Object>> QUESTIONS = Map.of(
            "all",
            People::all,
            "teachers",
            People::teachers,
            "students",
            People::students,
            "find-teacher",
            people -> people.find(2),
            "find-person",
            people -> people.find(8),
            "add",
            people -> people.add(PeopleTest.NEW_PERSONS));

    /** SQL the README shows that is not one of the questions asked of an approach, by its marker's words. */
    private static Map<String, Supplier<Object>> extras(Database db) {
        var untyped = db.frameworks(UntypedJoinedPerson.class, UntypedJoinedTeacher.class, UntypedJoinedStudent.class)
                .hibernate();
        var joined = db.frameworks(JpaJoined.ENTITIES.toArray(Class<?>[]::new));
        var hibernateJoined = joined.hibernate();
        var eclipseLinkJoined = joined.eclipseLink();
        return Map.of(
                "all: Hibernate/joined-without-discriminator",
                () -> list(
                        untyped,
                        UntypedJoinedPerson.class,
                        "select p from UntypedJoinedPerson p order by p.id",
                        Map.of()),
                "all: EclipseLink/joined-with-outer-join-hint",
                () -> list(
                        eclipseLinkJoined,
                        JoinedPerson.class,
                        "select p from JoinedPerson p",
                        Map.<String, Object>of(QueryHints.INHERITANCE_OUTER_JOIN, "true")),
                "find-course: Hibernate/joined",
                () -> {
                    try (var em = hibernateJoined.createEntityManager()) {
                        return em.find(JoinedCourse.class, 1L).getTeacher().getClass();
                    }
                });
    }

    private static List<?> list(EntityManagerFactory emf, Class<?> root, String jpql, Map<String, Object> hints) {
        try (var em = emf.createEntityManager()) {
            var query = em.createQuery(jpql, root);
            hints.forEach(query::setHint);
            return query.getResultList().stream().map(Object::getClass).toList();
        }
    }

    private static List<String> readme() throws IOException {
        return Files.readAllLines(ModuleDirectory.of(ReadmeSqlTest.class).resolve("README.md"));
    }

    /** The lines of the fenced block that starts on the line after {@code marker}. */
    private static String block(List<String> lines, int marker) {
        assertThat(lines.get(marker + 1))
                .as("line after the marker at line %d", marker + 1)
                .isEqualTo("```sql");
        var block = new StringBuilder();
        for (var i = marker + 2; !lines.get(i).equals("```"); i++) {
            block.append(lines.get(i)).append('\n');
        }
        return block.toString();
    }

    @Test
    void everySqlBlockIsWhatTheNamedApproachesSend() throws IOException {
        var lines = readme();
        var db = DatabaseSettings.fromEnvironment().kind().key();
        var problems = new ArrayList<String>();
        var checked = 0;
        try (var opened = ChapterDatabase.open()) {
            var extras = extras(opened);
            for (var i = 0; i < lines.size(); i++) {
                var marker = MARKER.matcher(lines.get(i));
                if (!marker.matches()) {
                    continue;
                }
                var shown = statements(block(lines, i));
                if (marker.group(3) != null && !marker.group(3).equals(db)) {
                    continue;
                }
                var question = marker.group(1);
                var anyOrder = marker.group(4) != null;
                for (var label : marker.group(2).split(", ")) {
                    var sent = sent(opened, extras, question, label).stream()
                            .filter(s -> !question.equals("add") || s.kind() != Kind.SEQUENCE)
                            .map(s -> normalize(s.sql()))
                            .toList();
                    if (anyOrder ? !canonical(sent).equals(canonical(shown)) : !sent.equals(shown)) {
                        problems.add("README.md:" + (i + 1) + " " + label + " sends:\n" + String.join(";\n", sent));
                    }
                    checked++;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(15);
    }

    private static List<Statement> sent(
            Database db, Map<String, Supplier<Object>> extras, String question, String label) {
        var extra = extras.get(question + ": " + label);
        if (extra != null) {
            return db.recorder().record(extra).statements();
        }
        var ask = QUESTIONS.get(question);
        assertThat(ask).as("question '%s'", question).isNotNull();
        var people = approach(label).on(db); // started outside the recording
        return db.recorder().record(() -> ask.apply(people)).statements();
    }

    private static Approach approach(String label) {
        return Arrays.stream(Approach.values())
                .filter(a -> a.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No approach named " + label));
    }

    /** The statements of a block: separated by a semicolon at the end of a line. */
    private static List<String> statements(String block) {
        return Arrays.stream(block.split(";\\s*\\n"))
                .map(ReadmeSqlTest::normalize)
                .toList();
    }

    private static String normalize(String sql) {
        return sql.strip().replaceAll("\\s+", " ");
    }

    private static final Pattern ALIAS = Pattern.compile("\\b([a-z_]+) (t\\d+)\\b");

    /**
     * The statements as sorted lists of their words, EclipseLink's aliases ({@code t1}) replaced by the tables they
     * name, and its JDBC outer-join escape ({@code {oj ...}}) left out: equal when only the order of the subclasses
     * differs.
     */
    private static List<String> canonical(List<String> statements) {
        return statements.stream()
                .map(sql -> {
                    var text = sql.replace("{oj ", "").replace("}", "");
                    var tables = new HashMap<String, String>();
                    var alias = ALIAS.matcher(text);
                    while (alias.find()) {
                        tables.put(alias.group(2), alias.group(1));
                    }
                    for (var entry : tables.entrySet()) {
                        text = text.replaceAll(
                                        "\\b" + entry.getValue() + " " + entry.getKey() + "\\b", entry.getValue())
                                .replaceAll("\\b" + entry.getKey() + "\\.", entry.getValue() + ".");
                    }
                    return Arrays.stream(text.split("[\\s,()]+")).sorted().collect(Collectors.joining(" "));
                })
                .sorted()
                .toList();
    }

    private static final List<Operation> COUNT_COLUMNS = List.of(
            Operation.ALL,
            Operation.TEACHERS,
            Operation.STUDENTS,
            Operation.FIND_TEACHER,
            Operation.FIND_STUDENT,
            Operation.FIND_PLAIN_PERSON,
            Operation.ADD_ONE_OF_EACH);

    @Test
    void theTableOfCountsIsWhatPeopleTestAsserts() throws IOException {
        var lines = readme();
        var rows = lines.subList(lines.indexOf("<!-- counts: begin -->") + 3, lines.indexOf("<!-- counts: end -->"));
        var seen = new ArrayList<Approach>();
        for (var row : rows) {
            var cells =
                    Arrays.stream(row.split("\\|")).map(String::strip).toList().subList(1, 2 + COUNT_COLUMNS.size());
            var approach = approach(cells.get(0));
            seen.add(approach);
            for (var column = 0; column < COUNT_COLUMNS.size(); column++) {
                var operation = COUNT_COLUMNS.get(column);
                var expected = PeopleTest.expectedOutline(approach, operation).stream()
                        .filter(entry -> Set.of("select", "insert", "sequence").contains(entry))
                        .count();
                assertThat(shownCounts(cells.get(column + 1)))
                        .as("%s, %s", approach, operation)
                        .contains(expected);
            }
        }
        assertThat(seen).containsExactly(Approach.values());
    }

    /** "1" is 1, "1 + 3" is 4, "1 or 2" is either. */
    private static List<Long> shownCounts(String cell) {
        if (cell.contains(" or ")) {
            return Arrays.stream(cell.split(" or ")).map(Long::valueOf).toList();
        }
        return List.of(
                Arrays.stream(cell.split(" \\+ ")).mapToLong(Long::parseLong).sum());
    }

    @Test
    void everySchemaBlockIsPartOfTheSchemaScript() throws IOException {
        String script;
        try (InputStream in = School.class.getResourceAsStream(ChapterDatabase.SCHEMA)) {
            script = normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        var lines = readme();
        var checked = 0;
        for (var i = 0; i < lines.size(); i++) {
            if (lines.get(i).equals("<!-- schema -->")) {
                assertThat(script).contains(normalize(block(lines, i)));
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }
}
