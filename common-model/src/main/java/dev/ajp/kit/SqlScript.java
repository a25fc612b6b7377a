package dev.ajp.kit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs a SQL script from the class path, one statement at a time, in one transaction where the database allows
 * (PostgreSQL rolls DDL back; H2 commits each DDL statement).
 *
 * <p>The format is plain SQL: statements end with {@code ;} at the end of a line, {@code --} starts a comment line,
 * and a {@code $$ ... $$} block (a PostgreSQL function body) is kept whole.
 *
 * <p>Only the kit uses it: a chapter names its scripts in {@link Database.Setup} or runs one with
 * {@link Database#runScript(String)}.
 */
final class SqlScript {

    private SqlScript() {}

    /** Runs the script at this class-path resource (for example {@code /dev/ajp/schema/students-and-courses.sql}). */
    static void run(DataSource dataSource, String resource) {
        var statements = statements(read(resource));
        try (var connection = dataSource.getConnection()) {
            var autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                for (var sql : statements) {
                    try {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        connection.rollback();
                        throw new IllegalStateException(resource + " failed at:\n" + sql + "\n" + e.getMessage(), e);
                    }
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The statements of a script, without comments and without their closing semicolons. */
    static List<String> statements(String script) {
        var statements = new ArrayList<String>();
        var current = new StringBuilder();
        var inDollarQuote = false;
        for (var line : script.split("\\R")) {
            var trimmed = line.strip();
            if (!inDollarQuote && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
                continue;
            }
            current.append(line).append('\n');
            if (countOf("$$", line) % 2 == 1) {
                inDollarQuote = !inDollarQuote;
            }
            if (!inDollarQuote && trimmed.endsWith(";")) {
                var sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException(
                    "The script ends inside a statement: " + current.toString().strip());
        }
        return statements;
    }

    private static int countOf(String needle, String text) {
        var count = 0;
        for (var i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }

    private static String read(String resource) {
        try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No SQL script on the class path at " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + resource, e);
        }
    }
}
