package dev.ajp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ModuleDirectory;
import org.junit.jupiter.api.Test;

/** Every relative link of every Markdown file of the repository resolves, to a file and to a heading's anchor. */
class EveryMarkdownLinkTest {

    @Test
    void everyRelativeLinkOfTheRepositoryResolves() {
        var root = ModuleDirectory.of(EveryMarkdownLinkTest.class).getParent();

        assertThat(MarkdownLinks.markdownFiles(root)).isNotEmpty();
        assertThat(MarkdownLinks.problems(root)).isEmpty();
    }
}
