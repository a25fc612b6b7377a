package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real trigger through {@link SqlScript}, on the database the build selects: on PostgreSQL a PL/pgSQL function (its
 * {@code $$}-quoted body full of semicolons) and the trigger that calls it; on H2, which has no PL/pgSQL, the same
 * script fails at the function, and the trigger is a Java class instead.
 */
class SqlScriptTriggerTest {

    static final String PLPGSQL = "/dev/ajp/kit/plpgsql-trigger.sql";
    static final String H2_JAVA = "/dev/ajp/kit/h2-java-trigger.sql";

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFunctionBodyIsOneStatementWithItsSemicolons() throws IOException {
        String script;
        try (var in = getClass().getResourceAsStream(PLPGSQL)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        var statements = SqlScript.statements(script);

        assertThat(statements).hasSize(4);
        assertThat(statements.get(2))
                .startsWith("create function shout()")
                .contains("new.word := upper(new.word);", "return new;", "end;")
                .endsWith("$$");
    }

    @Test
    void theTriggerFiresOnPostgresAndH2RefusesPlpgsql() {
        switch (db.settings().kind()) {
            case POSTGRES -> db.runScript(PLPGSQL);
            case H2 -> {
                assertThatThrownBy(() -> db.runScript(PLPGSQL))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageStartingWith(PLPGSQL + " failed at:\ncreate function shout()")
                        .hasMessageContaining("Syntax error");
                // The runner rolled back, but H2 commits DDL at once: the table made before the failure is there.
                int rows = db.frameworks()
                        .jdbi()
                        .withHandle(h -> h.createQuery("select count(*) from shouted")
                                .mapTo(Integer.class)
                                .one());
                assertThat(rows).isZero();
                db.runScript(H2_JAVA);
            }
        }

        db.frameworks().jdbi().useHandle(h -> h.execute("insert into shouted (id, word) values (1, 'hello')"));

        String word = db.frameworks()
                .jdbi()
                .withHandle(h -> h.createQuery("select word from shouted")
                        .mapTo(String.class)
                        .one());
        assertThat(word).isEqualTo("HELLO");
    }
}
