package dev.ajp.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Keeps a Mermaid ER diagram of a README true to the schema a chapter creates. The diagram is the fenced block right
 * after the line {@code <!-- er: NAME -->}:
 *
 * <pre>
 * &lt;!-- er: schema --&gt;
 * ```mermaid
 * erDiagram
 *     students {
 *         bigint id PK
 *         varchar name
 *     }
 *     student_courses {
 *         bigint student_id PK, FK
 *         bigint course_id PK, FK
 *     }
 *     students ||--o{ student_courses : "takes"
 * ```
 * </pre>
 *
 * <p>{@link #problems} compares every entity with the table of that name in the connection's current schema (JDBC
 * {@link java.sql.DatabaseMetaData}, so H2 and PostgreSQL alike; names compared in lower case): the table must exist,
 * the diagram must list exactly its columns (in any order), {@code PK} exactly on its primary-key columns and {@code
 * FK} exactly on its foreign-key columns. The type word of a column is not compared. Tables of the schema that the
 * diagram leaves out are not a problem (a diagram shows the tables its lesson uses). A relationship line ({@code A
 * ||--o{ B : label}) must name two entities of the diagram; its cardinality is not compared.
 */
public final class ErDiagram {

    private static final Pattern ENTITY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*\\{$");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "^(\\S+)\\s+([A-Za-z_]\\w*)(?:\\s+((?:PK|FK|UK)(?:\\s*,\\s*(?:PK|FK|UK))*))?(?:\\s+\"[^\"]*\")?$");
    private static final Pattern RELATIONSHIP =
            Pattern.compile("^([A-Za-z_][\\w-]*)\\s+\\S*(?:--|\\.\\.)\\S*\\s+([A-Za-z_][\\w-]*)\\s*:.*$");

    /** A column of the diagram: its name, and whether it says PK and FK. */
    record Column(String name, boolean primaryKey, boolean foreignKey) {}

    private ErDiagram() {}

    private static final Pattern MARKER = Pattern.compile("^<!-- er: (\\S+) -->$");

    /**
     * Every diagram of a chapter's README.md and REFERENCE.md (when there is one) against the tables of {@code
     * database}, the chapter's database as its main opens it; fails naming each difference, or when the README has no
     * diagram at all (every lesson shows its tables).
     */
    public static void assertChapter(Path moduleDirectory, dev.ajp.kit.Database database) {
        var problems = new ArrayList<String>();
        var readmeDiagrams = 0;
        try (var connection = database.dataSource().getConnection()) {
            for (var file : List.of("README.md", "REFERENCE.md")) {
                var markdown = moduleDirectory.resolve(file);
                if (!Files.isRegularFile(markdown)) {
                    continue;
                }
                for (var line : Files.readAllLines(markdown, StandardCharsets.UTF_8)) {
                    var marker = MARKER.matcher(line.strip());
                    if (marker.matches()) {
                        problems.addAll(problems(markdown, marker.group(1), connection));
                        readmeDiagrams += file.equals("README.md") ? 1 : 0;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema: " + e.getMessage(), e);
        }
        if (readmeDiagrams == 0) {
            problems.add(moduleDirectory.resolve("README.md") + ": no ER diagram (a line <!-- er: NAME --> before it)");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(String.join("\n", problems));
        }
    }

    /** What differs between the diagram {@code name} of {@code markdown} and the connection's current schema. */
    public static List<String> problems(Path markdown, String name, Connection connection) {
        var problems = new ArrayList<String>();
        var where = markdown.getFileName() + " er:" + name;
        var entities = new LinkedHashMap<String, List<Column>>();
        var relationships = new ArrayList<String[]>();
        var parse = parse(read(markdown), name, entities, relationships);
        if (parse != null) {
            return List.of(where + ": " + parse);
        }
        for (var relationship : relationships) {
            for (var end : relationship) {
                if (!entities.containsKey(end)) {
                    problems.add(where + ": the relationship names " + end + ", not an entity of the diagram");
                }
            }
        }
        try {
            var tables = tables(connection);
            for (var entity : entities.entrySet()) {
                var table = tables.get(entity.getKey());
                if (table == null) {
                    problems.add(where + ": no table " + entity.getKey() + " in the schema (its tables: "
                            + tables.keySet() + ")");
                    continue;
                }
                problems.addAll(compare(where + ": " + entity.getKey(), entity.getValue(), columns(connection, table)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema's tables", e);
        }
        return problems;
    }

    /** Null when the diagram was found and read; otherwise why not. */
    static String parse(
            List<String> lines, String name, Map<String, List<Column>> entities, List<String[]> relationships) {
        var start = lines.indexOf("<!-- er: " + name + " -->");
        if (start < 0) {
            return "no line '<!-- er: " + name + " -->'";
        }
        if (start + 2 >= lines.size()
                || !lines.get(start + 1).strip().equals("```mermaid")
                || !lines.get(start + 2).strip().equals("erDiagram")) {
            return "the marker is not followed by a ```mermaid block that starts with erDiagram";
        }
        List<Column> current = null;
        for (var i = start + 3; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.equals("```")) {
                return current == null ? null : "an entity is not closed with }";
            }
            if (line.isEmpty() || line.startsWith("%%")) {
                continue;
            }
            if (current != null) {
                if (line.equals("}")) {
                    current = null;
                    continue;
                }
                var attribute = ATTRIBUTE.matcher(line);
                if (!attribute.matches()) {
                    return "line " + (i + 1) + " is not 'type column_name [PK][, FK]': " + line;
                }
                var keys = attribute.group(3) == null ? "" : attribute.group(3);
                current.add(new Column(attribute.group(2), keys.contains("PK"), keys.contains("FK")));
                continue;
            }
            var entity = ENTITY.matcher(line);
            if (entity.matches()) {
                current = new ArrayList<>();
                entities.put(entity.group(1), current);
                continue;
            }
            var relationship = RELATIONSHIP.matcher(line);
            if (relationship.matches()) {
                relationships.add(new String[] {relationship.group(1), relationship.group(2)});
                continue;
            }
            return "line " + (i + 1) + " is neither an entity nor a relationship: " + line;
        }
        return "the block is not closed";
    }

    private static List<String> compare(String where, List<Column> shown, List<Column> real) {
        var problems = new ArrayList<String>();
        var shownNames = new TreeSet<String>();
        shown.forEach(c -> shownNames.add(c.name()));
        var realNames = new TreeSet<String>();
        real.forEach(c -> realNames.add(c.name()));
        if (!shownNames.equals(realNames)) {
            problems.add(where + ": the diagram has the columns " + shownNames + ", the table " + realNames);
            return problems;
        }
        var pk = names(real, true, false);
        var fk = names(real, false, true);
        if (!names(shown, true, false).equals(pk)) {
            problems.add(where + ": PK on " + names(shown, true, false) + ", the primary key is " + pk);
        }
        if (!names(shown, false, true).equals(fk)) {
            problems.add(where + ": FK on " + names(shown, false, true) + ", the foreign keys are on " + fk);
        }
        return problems;
    }

    private static Set<String> names(List<Column> columns, boolean primaryKey, boolean foreignKey) {
        var names = new TreeSet<String>();
        for (var column : columns) {
            if ((primaryKey && column.primaryKey()) || (foreignKey && column.foreignKey())) {
                names.add(column.name());
            }
        }
        return names;
    }

    /** The tables of the connection's current schema, by lower-case name, with their names as the database has them. */
    private static Map<String, String> tables(Connection connection) throws SQLException {
        var tables = new TreeMap<String, String>();
        try (var rows = connection
                .getMetaData()
                .getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                var table = rows.getString("TABLE_NAME");
                tables.put(table.toLowerCase(Locale.ROOT), table);
            }
        }
        return tables;
    }

    private static List<Column> columns(Connection connection, String table) throws SQLException {
        var meta = connection.getMetaData();
        var catalog = connection.getCatalog();
        var schema = connection.getSchema();
        var primary = new TreeSet<String>();
        try (var rows = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rows.next()) {
                primary.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        var foreign = new TreeSet<String>();
        try (var rows = meta.getImportedKeys(catalog, schema, table)) {
            while (rows.next()) {
                foreign.add(rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        var columns = new ArrayList<Column>();
        try (var rows = meta.getColumns(catalog, schema, table, "%")) {
            while (rows.next()) {
                var column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                columns.add(new Column(column, primary.contains(column), foreign.contains(column)));
            }
        }
        return columns;
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
