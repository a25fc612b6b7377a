package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.testsupport.ReadmeSnippets;
import org.junit.jupiter.api.Test;

class ReadmeSnippetsTest {

    @Test
    void everyJavaSnippetInTheReadmeIsItsTaggedSourceRegion() {
        assertThat(ReadmeSnippets.chapterProblems(ModuleDirectory.of(ReadmeSnippetsTest.class)))
                .isEmpty();
    }
}
