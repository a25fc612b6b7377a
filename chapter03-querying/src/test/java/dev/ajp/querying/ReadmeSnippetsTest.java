package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.ReadmeSnippets;
import org.junit.jupiter.api.Test;

class ReadmeSnippetsTest {

    @Test
    void everyJavaSnippetInTheReadmeIsItsTaggedSourceRegion() {
        assertThat(ReadmeSnippets.problems(
                        ModuleDirectory.of(ReadmeSnippetsTest.class).resolve("README.md")))
                .isEmpty();
    }
}
