package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsOnSemicolonsAtLineEndsAndSkipsComments() {
        var script = """
                -- a comment
                create table t (
                    id int -- trailing comments stay inside the statement
                );

                insert into t values (1);
                """;

        assertThat(SqlScript.statements(script))
                .containsExactly(
                        "create table t (\n    id int -- trailing comments stay inside the statement\n)",
                        "insert into t values (1)");
    }

    @Test
    void keepsADollarQuotedBodyWhole() {
        var script = """
                create function touch() returns trigger as $$
                begin
                    new.updated_at := now();
                    return new;
                end;
                $$ language plpgsql;
                select 1;
                """;

        assertThat(SqlScript.statements(script)).hasSize(2).first().asString().contains("return new;", "end;");
    }

    @Test
    void anUnfinishedStatementIsAnError() {
        assertThatThrownBy(() -> SqlScript.statements("select 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends inside a statement");
    }
}
