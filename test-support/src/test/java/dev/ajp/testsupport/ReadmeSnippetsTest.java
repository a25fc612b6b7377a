package dev.ajp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeSnippetsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeSource() throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("src/Example.java"), """
                class Example {
                    int answer() {
                        // tag::answer[]
                        var answer = 6 * 7;
                        // tag::inner[]
                        return answer;
                        // end::inner[]
                        // end::answer[]
                    }
                }
                """);
    }

    @Test
    void aSnippetEqualToItsRegionPasses() throws IOException {
        var readme = readme("var answer = 6 * 7;\nreturn answer;");

        assertThat(ReadmeSnippets.problems(readme)).isEmpty();
    }

    @Test
    void aSnippetThatDiffersFromItsRegionFailsAndUpdateRewritesIt() throws IOException {
        var readme = readme("var answer = 42;\nreturn answer;");

        assertThat(ReadmeSnippets.problems(readme)).singleElement().asString().contains("differs from");
        ReadmeSnippets.update(readme);
        assertThat(ReadmeSnippets.problems(readme)).isEmpty();
        assertThat(Files.readString(readme)).contains("var answer = 6 * 7;").doesNotContain("42");
    }

    @Test
    void aMissingRegionAndAJavaBlockWithoutMarkerAreReported() throws IOException {
        var readme = dir.resolve("README.md");
        Files.writeString(readme, """
                <!-- snippet: src/Example.java#question -->
                ```java
                return 42;
                ```

                ```java
                int free = 1;
                ```
                """);

        assertThat(ReadmeSnippets.problems(readme))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("no region 'question'"))
                .anySatisfy(p -> assertThat(p).contains("README.md:6: a java block without"));
    }

    @Test
    void aReadmeWithoutAnyCheckedSnippetFails() throws IOException {
        var readme = dir.resolve("README.md");
        Files.writeString(readme, "# Title\n\nEvery marker and its block deleted: nothing left to compare.\n");

        assertThat(ReadmeSnippets.problems(readme)).singleElement().asString().contains("no checked snippet");
    }

    private Path readme(String body) throws IOException {
        var readme = dir.resolve("README.md");
        Files.writeString(readme, "# Title\n\n<!-- snippet: src/Example.java#answer -->\n```java\n" + body + "\n```\n");
        return readme;
    }
}
