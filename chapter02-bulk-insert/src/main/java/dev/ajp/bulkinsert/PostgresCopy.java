package dev.ajp.bulkinsert;

import dev.ajp.kit.SequenceBlockIds;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * PostgreSQL only, the physical limit: {@code COPY students ... FROM STDIN} through the driver's {@code CopyManager}.
 * The rows travel as one stream of tab-separated text, parsed by the server's bulk loader; there is no INSERT
 * statement at all, so no per-row parse, plan or protocol message.
 *
 * <p>What it sends for N students: first the ids, one {@code students_seq} call per 50 students, like every other
 * approach (they must come first: while a COPY runs, its connection can do nothing else); then one COPY. The COPY is
 * not a JDBC statement: it goes through the driver's own API, below datasource-proxy, so the recorder does not see it.
 *
 * <p>COPY is all or nothing: one bad row fails the whole COPY, and the transaction is rolled back.
 */
public final class PostgresCopy implements BulkInsert {

    private final DataSource dataSource;

    public PostgresCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int insert(List<NewStudent> students) {
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                var ids = new long[students.size()];
                try (var pooled = new SequenceBlockIds(connection, "students_seq")) {
                    for (var i = 0; i < ids.length; i++) {
                        ids[i] = pooled.next();
                    }
                }
                // tag::copy[]
                var copy = connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy students (id, name, age, grade) from stdin");
                try {
                    for (var i = 0; i < students.size(); i++) {
                        var student = students.get(i);
                        var line = ids[i] + "\t" + escape(student.name()) + "\t" + student.age() + "\t"
                                + escape(student.grade()) + "\n";
                        var bytes = line.getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length); // buffered by the driver, sent in large chunks
                    }
                    copy.endCopy(); // the server checks and writes every row, or none
                } finally {
                    if (copy.isActive()) {
                        copy.cancelCopy();
                    }
                }
                connection.commit();
                // end::copy[]
                return students.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw new BulkInsertException(students.size(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new BulkInsertException(students.size(), e);
        }
    }

    /** COPY's text format: a backslash, tab, newline or carriage return inside a value is written as an escape. */
    static String escape(String value) {
        if (value == null) {
            return "\\N";
        }
        var escaped = new StringBuilder(value.length());
        for (var c : value.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
