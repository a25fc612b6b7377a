package dev.ajp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonShapeTest {

    @TempDir
    Path dir;

    private static String lesson(String body) {
        return "# Chapter 99: a title\n\n"
                + LessonShape.HEADINGS.stream()
                        .map(h -> "## " + h + "\n\n" + body + "\n")
                        .collect(Collectors.joining("\n"));
    }

    @Test
    void aLessonWithTheHeadingsInOrderAndFewWordsPasses() throws IOException {
        assertThat(LessonShape.problems(write(lesson("Some words.\n\n### A free level-3 heading\n"))))
                .isEmpty();
    }

    @Test
    void aMissingOrMovedHeadingIsReported() throws IOException {
        var moved = lesson("Text.").replace("## Run it", "## Run").replace("## Pitfalls\n", "");

        assertThat(LessonShape.problems(write(moved)))
                .singleElement()
                .asString()
                .contains("the level-2 headings are [In one minute, The tutorial's code, Run, ");
    }

    @Test
    void theTitleComesFirstAndOnlyOnce() throws IOException {
        var text = "## In one minute\n\n" + lesson("x");

        assertThat(LessonShape.problems(write(text)))
                .anySatisfy(p -> assertThat(p).contains("first heading"));
    }

    @Test
    void everyWordCountsCodeAndCommentsIncludedButHeadingsInCodeAreNotHeadings() {
        var text = """
                # Title
                one two  three
                <!-- not
                counted -->
                ```sql
                ## not a heading
                select 1
                ```
                four
                """;

        // Title 2, prose 3, the comment 4, the block 7 (its fences included), "four" 1.
        assertThat(LessonShape.words(text)).isEqualTo(18);
        assertThat(LessonShape.headings(text)).containsExactly("# Title");
    }

    @Test
    void moreThanThreeThousandWordsIsTooMany() throws IOException {
        var words = "word ".repeat(LessonShape.MAX_WORDS);

        assertThat(LessonShape.problems(write(lesson(words))))
                .singleElement()
                .asString()
                .contains("words, at most 3000");
    }

    private Path write(String text) throws IOException {
        var file = dir.resolve("README.md");
        Files.writeString(file, text);
        return file;
    }
}
