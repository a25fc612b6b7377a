package dev.ajp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownLinksTest {

    @TempDir
    Path root;

    @Test
    void headingsGetGitHubsAnchors() {
        assertThat(MarkdownLinks.slug("The tutorial's code")).isEqualTo("the-tutorials-code");
        assertThat(MarkdownLinks.slug("`JOIN FETCH`, and the [N+1](x.md) problem"))
                .isEqualTo("join-fetch-and-the-n1-problem");
        assertThat(MarkdownLinks.anchors("# A\n## Run it\n## Run it\n```\n# Not\n```\n<a id=\"here\"></a>"))
                .containsExactlyInAnyOrder("a", "run-it", "run-it-1", "here");
    }

    @Test
    void linksToExistingFilesAndHeadingsPassAndOthersAreReported() throws IOException {
        Files.createDirectories(root.resolve("chapter/src"));
        Files.writeString(root.resolve("chapter/src/Main.java"), "class Main {}");
        Files.writeString(root.resolve("chapter/REFERENCE.md"), "# Reference\n\n## Full SQL, per approach\n");
        Files.writeString(root.resolve("chapter/README.md"), """
                # Lesson

                See [the code](src/Main.java), [the SQL](REFERENCE.md#full-sql-per-approach), [up](../README.md),
                [this](#lesson), [the web](https://example.org/x.md) and `[not a link](nowhere.md)`.

                [gone](src/Gone.java) and [wrong anchor](REFERENCE.md#full-sql)

                ```
                [in code](nowhere.md)
                ```

                [ref]: /chapter/missing.md
                """);
        Files.writeString(root.resolve("README.md"), "# Root\n\n[chapter](chapter/README.md#lesson)\n");

        assertThat(MarkdownLinks.problems(root))
                .containsExactly(
                        "chapter/README.md:6: src/Gone.java: no such file",
                        "chapter/README.md:6: REFERENCE.md#full-sql: no heading with the anchor #full-sql",
                        "chapter/README.md:12: /chapter/missing.md: no such file");
    }

    @Test
    void buildOutputAndHiddenFoldersAreLeftOut() throws IOException {
        Files.createDirectories(root.resolve("m/target"));
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve("m/target/README.md"), "[x](nowhere.md)");
        Files.writeString(root.resolve(".git/NOTES.md"), "[x](nowhere.md)");
        Files.writeString(root.resolve("m/README.md"), "# M");

        assertThat(MarkdownLinks.markdownFiles(root)).containsExactly(root.resolve("m/README.md"));
    }
}
