package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QueryingMainTest {

    @Test
    void theMainRunsEveryFormOnEveryQueryAndEveryFormAgrees() {
        var out = new ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            QueryingMain.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        var printed = out.toString(StandardCharsets.UTF_8);

        for (var form : QueryForm.values()) {
            // Eight questions: each form answers each, with the same rows and one statement.
            assertThat(printed.lines().filter(l -> l.startsWith(form + " ")))
                    .hasSize(8)
                    .allSatisfy(l -> assertThat(l).contains("same rows").endsWith(" 1 statement"));
        }
        assertThat(printed).doesNotContain("DIFFERENT").contains("Hibernate entities (lazy)");
    }
}
