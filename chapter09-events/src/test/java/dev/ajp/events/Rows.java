package dev.ajp.events;

import dev.ajp.kit.Database;
import dev.ajp.kit.RecordedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/** What the tests read back from the database, with queries of their own (outside any recording), and helpers. */
final class Rows {

    private Rows() {}

    record StudentRow(long id, String name) {}

    record AuditRow(long studentId, String action, Instant auditedAt) {
        /** Without the time, which differs between writers and runs. */
        Audit withoutTime() {
            return new Audit(studentId, action);
        }
    }

    record Audit(long studentId, String action) {}

    static List<StudentRow> students(Database db) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select id, name from students order by id")
                        .map((rs, ctx) -> new StudentRow(rs.getLong("id"), rs.getString("name")))
                        .list());
    }

    static List<AuditRow> audit(Database db) {
        return db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery(
                                "select student_id, action, audited_at from student_audit order by student_id, id")
                        .map((rs, ctx) -> new AuditRow(
                                rs.getLong("student_id"),
                                rs.getString("action"),
                                rs.getObject("audited_at", OffsetDateTime.class).toInstant()))
                        .list());
    }

    static List<Audit> auditWithoutTime(Database db) {
        return audit(db).stream().map(AuditRow::withoutTime).toList();
    }

    private static final Pattern INSERT_INTO = Pattern.compile("(?i)^\\s*insert\\s+into\\s+(\\w+)");

    /** A timeline's outline, each INSERT with its table: {@code insert students}, {@code insert student_audit}. */
    static List<String> withTables(Timeline.Recorded<?> recorded) {
        return recorded.lines().stream()
                .map(line -> {
                    if (line.source() == Timeline.Source.SQL && line.outline().equals("insert")) {
                        var table = INSERT_INTO.matcher(line.text());
                        if (table.find()) {
                            return "insert " + table.group(1).toLowerCase();
                        }
                    }
                    return line.outline();
                })
                .toList();
    }

    /** Whether a statement writes to the audit table. */
    static boolean isAudit(RecordedStatement statement) {
        return statement.sql().toLowerCase().startsWith("insert into student_audit");
    }
}
