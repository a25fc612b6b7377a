package dev.ajp.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.model.Student;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleDirectoryTest {

    @Test
    void aClassFindsTheModuleItWasCompiledInWhateverTheWorkingDirectory() throws Exception {
        var module = ModuleDirectory.of(ModuleDirectoryTest.class);

        assertThat(Files.readString(module.resolve("pom.xml"))).contains("<artifactId>common-model</artifactId>");
        assertThat(module).isAbsolute();
        // Test classes and main classes (target/test-classes, target/classes) lead to the same module.
        assertThat(ModuleDirectory.of(Student.class)).isEqualTo(module);
    }

    @Test
    void aClassOfTheJdkHasNoModuleDirectory() {
        assertThatThrownBy(() -> ModuleDirectory.of(String.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("java.lang.String was not loaded from a file of its own");
    }

    @Test
    void aFolderWithoutAPomAboveItIsInNoModule(@TempDir Path outside) {
        assertThat(ModuleDirectory.containing(outside.resolve("classes"))).isEmpty();
    }
}
