package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.SqlRecorder.Kind;
import dev.ajp.kit.SqlRecorder.Statement;
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
        assertThat(SqlRecorder.kindOf("call next value for students_seq")).isEqualTo(Kind.OTHER);
        assertThat(SqlRecorder.kindOf("create table t (id int)")).isEqualTo(Kind.OTHER);
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
