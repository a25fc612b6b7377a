package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlRecorderTest {

    @Test
    void theKindComesFromTheFirstKeyword() {
        assertThat(StatementKind.of("select 1")).isEqualTo(StatementKind.SELECT);
        assertThat(StatementKind.of("  (select 1) union (select 2)")).isEqualTo(StatementKind.SELECT);
        assertThat(StatementKind.of("WITH x AS (select 1) select * from x")).isEqualTo(StatementKind.SELECT);
        assertThat(StatementKind.of("insert into t values (?)")).isEqualTo(StatementKind.INSERT);
        assertThat(StatementKind.of("UPDATE t set a = ?")).isEqualTo(StatementKind.UPDATE);
        assertThat(StatementKind.of("delete from t")).isEqualTo(StatementKind.DELETE);
        assertThat(StatementKind.of("call my_procedure()")).isEqualTo(StatementKind.OTHER);
        assertThat(StatementKind.of("create table t (id int)")).isEqualTo(StatementKind.OTHER);
    }

    @Test
    void sequenceCallsAreTheirOwnKindInEveryDatabasesSyntax() {
        // Hibernate on H2, EclipseLink on H2, both on PostgreSQL.
        assertThat(StatementKind.of("select next value for students_seq")).isEqualTo(StatementKind.SEQUENCE);
        assertThat(StatementKind.of("CALL NEXT VALUE FOR students_seq")).isEqualTo(StatementKind.SEQUENCE);
        assertThat(StatementKind.of("select nextval('students_seq')")).isEqualTo(StatementKind.SEQUENCE);
        assertThat(StatementKind.of("values next value for students_seq")).isEqualTo(StatementKind.SEQUENCE);
        // An INSERT that takes its id from a sequence is still an INSERT.
        assertThat(StatementKind.of("insert into students (id, name) values (nextval('students_seq'), ?)"))
                .isEqualTo(StatementKind.INSERT);
        assertThat(StatementKind.of("select name from students where name like 'nextval%'"))
                .isEqualTo(StatementKind.SELECT);
    }

    @Test
    void aRecordingCountsInsertsBatchesSequenceCallsAndEventsByName() {
        var recording = new Recording<Void>(
                null,
                List.of(
                        new ConnectionEvent(ConnectionAction.SET_AUTO_COMMIT, "false", true),
                        new RecordedStatement("select nextval('students_seq')", StatementKind.SEQUENCE, false, 1),
                        new RecordedStatement("insert into students values (?)", StatementKind.INSERT, true, 50),
                        new RecordedStatement("insert into students values (?)", StatementKind.INSERT, true, 3),
                        new RecordedStatement("insert into students values (?)", StatementKind.INSERT, false, 1),
                        new ConnectionEvent(ConnectionAction.SET_SAVEPOINT, "kevin", true),
                        new RecordedStatement("insert into students values (?)", StatementKind.INSERT, false, 1, false),
                        new ConnectionEvent(ConnectionAction.ROLLBACK_TO_SAVEPOINT, "kevin", true),
                        new ConnectionEvent(ConnectionAction.COMMIT, "", false)));

        assertThat(recording.count()).isEqualTo(5);
        assertThat(recording.count(StatementKind.INSERT)).isEqualTo(4);
        assertThat(recording.singleInserts()).isEqualTo(2);
        assertThat(recording.insertBatchSizes()).containsExactly(50, 3);
        assertThat(recording.sequenceCalls()).isEqualTo(1);
        assertThat(recording.count(ConnectionAction.COMMIT)).isEqualTo(1);
        assertThat(recording.failedStatements())
                .singleElement()
                .extracting(RecordedStatement::batched)
                .isEqualTo(false);
        assertThat(recording.events()).hasSize(4);
        assertThat(recording.outline())
                .containsExactly(
                        "setAutoCommit(false)",
                        "sequence",
                        "insert",
                        "insert",
                        "insert",
                        "setSavepoint(kevin)",
                        "insert failed",
                        "rollback(kevin)",
                        "commit failed");
        assertThat(recording.describe())
                .isEqualTo(String.join(
                        "\n",
                        "  setAutoCommit(false)",
                        "  select nextval('students_seq')",
                        "  insert into students values (?)  [batch of 50]",
                        "  insert into students values (?)  [batch of 3]",
                        "  insert into students values (?)",
                        "  setSavepoint(kevin)",
                        "  insert into students values (?)  [failed]",
                        "  rollback(kevin)",
                        "  commit  [failed]"));
    }

    @Test
    void compactShortensALongSelectListAndNamesTheBatchSize() {
        var select = new RecordedStatement(
                "select s1_0.id, s1_0.age, s1_0.grade, s1_0.name\n  from students s1_0\n where s1_0.age > ?"
                        + " and s1_0.grade = ? order by s1_0.id, s1_0.name, s1_0.grade, s1_0.age",
                StatementKind.SELECT,
                false,
                1);
        var batch =
                new RecordedStatement("insert into students (id, name) values (?, ?)", StatementKind.INSERT, true, 3);

        assertThat(select.compact())
                .isEqualTo("select … from students s1_0 where s1_0.age > ? and s1_0.grade = ?"
                        + " order by s1_0.id, s1_0.name, s1_0.grade, s1_0.age");
        assertThat(batch.compact()).isEqualTo("insert into students (id, name) values (?, ?)  [batch of 3]");
    }
}
