package dev.ajp.eagerloading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ajp.model.Course;
import dev.ajp.model.SampleData;
import dev.ajp.model.Student;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.NoSuchExtensionException;
import org.junit.jupiter.api.Test;

/** {@code @UseRowReducer} needs the SqlObject plugin: the kit's Jdbi has it, a plain one does not. */
class JdbiSqlObjectPluginTest {

    @Test
    void aPlainJdbiRefusesTheSqlObjectAndTheKitsJdbiRunsIt() {
        var data = SampleData.canonical();
        try (var db = ChapterDatabase.setup().data(data).open()) {
            var plain = Jdbi.create(db.dataSource());
            var kits = db.frameworks(Student.class, Course.class).jdbi();

            assertThatThrownBy(() -> new JdbiSqlObjectRowReducer(plain).load())
                    .isInstanceOf(NoSuchExtensionException.class)
                    .hasMessageStartingWith("Extension not found: StudentDao")
                    .hasMessageContaining("SqlObjectPlugin");
            assertThat(new JdbiSqlObjectRowReducer(kits).load()).isEqualTo(StudentsWithCoursesTest.expected(data));
        }
    }
}
