package dev.ajp.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.ReadmeSnippets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadmeSnippetsTest {

    /** The lesson and its reference page both show tagged source. */
    @ParameterizedTest
    @ValueSource(strings = {"README.md", "REFERENCE.md"})
    void everyJavaSnippetIsItsTaggedSourceRegion(String page) {
        assertThat(ReadmeSnippets.problems(
                        ModuleDirectory.of(ReadmeSnippetsTest.class).resolve(page)))
                .isEmpty();
    }
}
