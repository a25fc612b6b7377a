package dev.ajp.inheritance;

import dev.ajp.kit.ChapterApproach;
import dev.ajp.kit.Database;
import dev.ajp.kit.Recording;
import dev.ajp.kit.Weaving;
import jakarta.persistence.InheritanceType;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tutorial's Person, Teacher and Student, stored the three ways JPA knows: prints the tables of each strategy
 * with the columns they have, the discriminator values as stored, then for every approach the answer to each
 * question and the SQL statements and connection events it sent.
 *
 * <pre>./mvnw -q -pl chapter06-inheritance -am compile exec:java [-Ppostgres]</pre>
 */
public final class InheritanceMain {

    /** A strategy and its tables. */
    record Layout(InheritanceType strategy, List<String> tables) {}

    /** The tables of each strategy, in the order a reader meets them. */
    static final List<Layout> LAYOUTS = List.of(
            new Layout(InheritanceType.SINGLE_TABLE, List.of("persons")),
            new Layout(InheritanceType.JOINED, List.of("joined_persons", "joined_teachers", "joined_students")),
            new Layout(
                    InheritanceType.TABLE_PER_CLASS,
                    List.of("per_class_persons", "per_class_teachers", "per_class_students")));

    /** What the main asks every approach, by the title it prints. */
    private record Question(String title, Function<People, Object> ask) {}

    private static final List<Question> QUESTIONS = List.of(
            new Question("Every person, each as its own class (the polymorphic query)", People::all),
            new Question("Teachers only", People::teachers),
            new Question("Person 8, whatever the class", people -> people.find(8)),
            new Question(
                    "Add one of each: Grace, Helen who teaches Art, Isaac with grade B",
                    people -> people.add(List.of(
                            new PlainPerson("Grace"), new Teacher("Helen", "Art"), new GradedStudent("Isaac", "B")))));

    private InheritanceMain() {}

    public static void main(String[] args) {
        if (Weaving.rerunWoven(args)) return; // an IDE compiled the entities: woven now, and the main ran again
        try (var db = ChapterDatabase.open()) {
            System.out.println("Chapter 06, inheritance: a person, a teacher and a student stored three ways, on "
                    + db.settings().describe() + ".");

            System.out.println();
            System.out.println("== The tables of each strategy");
            for (var layout : LAYOUTS) {
                var tables = layout.tables().stream()
                        .map(table -> table + columns(db, table))
                        .collect(Collectors.joining(" + "));
                System.out.printf("%-16s %s%n", layout.strategy(), tables);
            }

            System.out.println();
            System.out.println(
                    "== The discriminator values as stored (table per class has none: the table is the class)");
            for (var table : List.of("persons", "joined_persons")) {
                System.out.printf("%-20s %s%n", table + ".type", discriminators(db, table));
            }

            for (var question : QUESTIONS) {
                System.out.println();
                System.out.println("== " + question.title());
                Object first = null;
                for (var approach :
                        ChapterApproach.runningOn(Approach.class, db.settings().kind())) {
                    var people = approach.on(db); // starts its framework, outside the recording
                    var recording = db.recorder().record(() -> question.ask().apply(people));
                    if (first == null) {
                        first = recording.result();
                        System.out.println(describe(first));
                    }
                    print(approach, recording, sameAnswer(first, recording.result()) ? "same answer" : "DIFFERENT");
                }
            }
        }
    }

    /** Every person on a line: id, name, class and the field of the class. */
    static String describe(Object answer) {
        if (answer instanceof java.util.Optional<?> optional) {
            return optional.map(InheritanceMain::describe).orElse("   (nobody)");
        }
        if (answer instanceof List<?> list) {
            return list.stream().map(InheritanceMain::describe).collect(Collectors.joining("\n"));
        }
        var person = (Person) answer;
        var field = person instanceof Teacher t
                ? "subject " + t.subject()
                : person instanceof GradedStudent s ? "grade " + s.grade() : "";
        return String.format(
                        Locale.ROOT,
                        "   %3s %-6s %-13s %s",
                        person.id(),
                        person.name(),
                        person.getClass().getSimpleName(),
                        field)
                .stripTrailing();
    }

    /** Adding gives each approach its own ids: compare what was stored without them. */
    private static boolean sameAnswer(Object first, Object answer) {
        if (first instanceof List<?> a && answer instanceof List<?> b && a.size() == b.size()) {
            for (var i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof Person p && b.get(i) instanceof Person q) {
                    if (!p.withId(0).equals(q.withId(0))) {
                        return false;
                    }
                } else if (!a.get(i).equals(b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return first.equals(answer);
    }

    private static void print(Approach approach, Recording<?> recording, String verdict) {
        var count = recording.count();
        System.out.printf(
                "%-38s %-12s %d statement%s%n%s%n",
                approach, verdict, count, count == 1 ? "" : "s", recording.describe());
    }

    /** "(id, type, name, subject, grade)": the columns of a table, in their order, as the database reports them. */
    static String columns(Database db, String table) {
        try (var connection = db.dataSource().getConnection()) {
            var meta = connection.getMetaData();
            var name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            var columns = new ArrayList<String>();
            try (var rows = meta.getColumns(connection.getCatalog(), connection.getSchema(), name, null)) {
                while (rows.next()) {
                    columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return "(" + String.join(", ", columns) + ")";
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the columns of " + table + ": " + e.getMessage(), e);
        }
    }

    /** "1 student, 2 teacher, ...": the raw values of a table's type column, by id. */
    static String discriminators(Database db, String table) {
        return db.frameworks()
                .jdbi()
                .withHandle(handle -> handle.createQuery("select id, type from " + table + " order by id")
                        .map((rs, ctx) -> rs.getLong("id") + " " + rs.getString("type"))
                        .collect(Collectors.joining(", ")));
    }
}
