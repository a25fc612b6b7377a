package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ReadmeSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeSnippetsTest {

    @Test
    void everyJavaSnippetOfTheReadmeIsTheTaggedRegionOfItsSource() {
        assertThat(ReadmeSnippets.problems(Path.of("README.md"))).isEmpty();
    }
}
