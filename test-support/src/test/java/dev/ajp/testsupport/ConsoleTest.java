package dev.ajp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConsoleTest {

    @Test
    void capturesWhatIsPrintedAndRestoresTheConsole() {
        var console = System.out;

        var printed = Console.capture(() -> System.out.println("Jason committed"));

        assertThat(printed).isEqualTo("Jason committed" + System.lineSeparator());
        assertThat(System.out).isSameAs(console);
    }

    @Test
    void restoresTheConsoleWhenTheMainFails() {
        var console = System.out;

        assertThatThrownBy(() -> Console.capture(() -> {
                    throw new java.io.IOException("no database");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("no database");
        assertThat(System.out).isSameAs(console);
    }

    @Test
    void aBlockRunsFromItsFirstLineToTheNextEmptyLine() {
        var printed = "Jdbi: 5 students\r\n  insert\r\n  commit\r\n\r\nHibernate: 5 students\r\n  insert\r\n";

        assertThat(Console.block(printed, "Jdbi:")).containsExactly("Jdbi: 5 students", "  insert", "  commit");
        assertThat(Console.block(printed, "Hibernate:")).containsExactly("Hibernate: 5 students", "  insert");
    }

    @Test
    void aBlockMustStartOnExactlyOneLine() {
        var printed = "Jdbi: 5 students\nJdbi: again\n";

        assertThatThrownBy(() -> Console.block(printed, "Jdbi:"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("2 lines start with 'Jdbi:'");
        assertThatThrownBy(() -> Console.block(printed, "EclipseLink:"))
                .hasMessageStartingWith("0 lines start with 'EclipseLink:'");
    }
}
