package dev.ajp.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeSnippetsTest {

    @Test
    void everyJavaSnippetOfTheReadmeIsItsTaggedSourceRegion() {
        assertThat(ReadmeSnippets.problems(Path.of("README.md"))).isEmpty();
    }
}
