package dev.ajp.bulkinsert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.kit.ReadmeSnippets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadmeSnippetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "REFERENCE.md"})
    void everyJavaSnippetOfTheReadmeIsItsTaggedSourceRegion(String page) {
        assertThat(ReadmeSnippets.problems(
                        ModuleDirectory.of(ReadmeSnippetsTest.class).resolve(page)))
                .isEmpty();
    }
}
