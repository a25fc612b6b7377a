package dev.ajp.kit;

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
}
