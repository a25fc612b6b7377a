package dev.ajp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.kit.ModuleDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every chapter's README (each {@code chapter*} folder of the repository, found when the test runs: a chapter added
 * later is checked without writing anything) keeps the lesson's shape: the title, the level-2 headings of
 * {@link LessonShape#HEADINGS} in order, at most {@link LessonShape#MAX_WORDS} words.
 */
class EveryLessonTest {

    @Test
    void everyChapterReadmeHasTheLessonsShape() throws IOException {
        var root = ModuleDirectory.of(EveryLessonTest.class).getParent();
        try (Stream<Path> folders = Files.list(root)) {
            var readmes = folders.filter(Files::isDirectory)
                    .filter(f -> f.getFileName().toString().startsWith("chapter"))
                    .map(f -> f.resolve("README.md"))
                    .sorted()
                    .toList();

            assertThat(readmes)
                    .isNotEmpty()
                    .allSatisfy(readme -> assertThat(readme).isRegularFile());
            assertThat(readmes.stream().flatMap(r -> LessonShape.problems(r).stream()))
                    .isEmpty();
        }
    }
}
