package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.SqlRecorder.Action;
import dev.ajp.kit.SqlRecorder.ConnectionEvent;
import dev.ajp.kit.SqlRecorder.Kind;
import dev.ajp.kit.SqlRecorder.Recording;
import dev.ajp.kit.SqlRecorder.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlRecorderTest {

    @Test
    void theKindComesFromTheFirstKeyword() {
        assertThat(SqlRecorder.kindOf("select 1")).isEqualTo(Kind.SELECT);
        assertThat(SqlRecorder.kindOf("  (select 1) union (select 2)")).isEqualTo(Kind.SELECT);
        assertThat(SqlRecorder.kindOf("WITH x AS (select 1) select * from x")).isEqualTo(Kind.SELECT);
        assertThat(SqlRecorder.kindOf("insert into t values (?)")).isEqualTo(Kind.INSERT);
        assertThat(SqlRecorder.kindOf("UPDATE t set a = ?")).isEqualTo(Kind.UPDATE);
        assertThat(SqlRecorder.kindOf("delete from t")).isEqualTo(Kind.DELETE);
        assertThat(SqlRecorder.kindOf("call my_procedure()")).isEqualTo(Kind.OTHER);
        assertThat(SqlRecorder.kindOf("create table t (id int)")).isEqualTo(Kind.OTHER);
    }

    @Test
    void sequenceCallsAreTheirOwnKindInEveryDatabasesSyntax() {
        // Hibernate on H2, EclipseLink on H2, both on PostgreSQL.
        assertThat(SqlRecorder.kindOf("select next value for students_seq")).isEqualTo(Kind.SEQUENCE);
        assertThat(SqlRecorder.kindOf("CALL NEXT VALUE FOR students_seq")).isEqualTo(Kind.SEQUENCE);
        assertThat(SqlRecorder.kindOf("select nextval('students_seq')")).isEqualTo(Kind.SEQUENCE);
        assertThat(SqlRecorder.kindOf("values next value for students_seq")).isEqualTo(Kind.SEQUENCE);
        // An INSERT that takes its id from a sequence is still an INSERT.
        assertThat(SqlRecorder.kindOf("insert into students (id, name) values (nextval('students_seq'), ?)"))
                .isEqualTo(Kind.INSERT);
        assertThat(SqlRecorder.kindOf("select name from students where name like 'nextval%'"))
                .isEqualTo(Kind.SELECT);
    }

    @Test
    void aRecordingCountsInsertsBatchesSequenceCallsAndEventsByName() {
        var recording = new Recording<Void>(
                null,
                List.of(
                        new ConnectionEvent(Action.SET_AUTO_COMMIT, "false", true),
                        new Statement("select nextval('students_seq')", Kind.SEQUENCE, false, 1),
                        new Statement("insert into students values (?)", Kind.INSERT, true, 50),
                        new Statement("insert into students values (?)", Kind.INSERT, true, 3),
                        new Statement("insert into students values (?)", Kind.INSERT, false, 1),
                        new ConnectionEvent(Action.SET_SAVEPOINT, "kevin", true),
                        new Statement("insert into students values (?)", Kind.INSERT, false, 1, false),
                        new ConnectionEvent(Action.ROLLBACK_TO_SAVEPOINT, "kevin", true),
                        new ConnectionEvent(Action.COMMIT, "", false)));

        assertThat(recording.count()).isEqualTo(5);
        assertThat(recording.count(Kind.INSERT)).isEqualTo(4);
        assertThat(recording.singleInserts()).isEqualTo(2);
        assertThat(recording.insertBatchSizes()).containsExactly(50, 3);
        assertThat(recording.sequenceCalls()).isEqualTo(1);
        assertThat(recording.count(Action.COMMIT)).isEqualTo(1);
        assertThat(recording.failedStatements())
                .singleElement()
                .extracting(Statement::batched)
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
        var select = new Statement(
                "select s1_0.id, s1_0.age, s1_0.grade, s1_0.name\n  from students s1_0\n where s1_0.age > ?"
                        + " and s1_0.grade = ? order by s1_0.id, s1_0.name, s1_0.grade, s1_0.age",
                Kind.SELECT,
                false,
                1);
        var batch = new Statement("insert into students (id, name) values (?, ?)", Kind.INSERT, true, 3);

        assertThat(select.compact())
                .isEqualTo("select … from students s1_0 where s1_0.age > ? and s1_0.grade = ?"
                        + " order by s1_0.id, s1_0.name, s1_0.grade, s1_0.age");
        assertThat(batch.compact()).isEqualTo("insert into students (id, name) values (?, ?)  [batch of 3]");
    }
}
