package dev.ajp.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.testsupport.ReadmeSnippets;
import org.junit.jupiter.api.Test;

class ReadmeSnippetsTest {

    @Test
    void everyJavaSnippetOfTheReadmeIsItsTaggedSourceRegion() {
        assertThat(ReadmeSnippets.chapterProblems(ModuleDirectory.of(ReadmeSnippetsTest.class)))
                .isEmpty();
    }
}
