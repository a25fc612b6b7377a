package dev.ajp.compositekeys;

import dev.ajp.kit.ModuleDirectory;
import dev.ajp.testsupport.ErDiagram;
import org.junit.jupiter.api.Test;

/** The ER diagrams of the lesson and its reference are the tables the chapter's database really has. */
class ErDiagramsTest {

    @Test
    void everyDiagramIsTheSchemaTheChapterCreates() {
        try (var db = ChapterDatabase.open()) {
            ErDiagram.assertChapter(ModuleDirectory.of(ErDiagramsTest.class), db);
        }
    }
}
