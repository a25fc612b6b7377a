package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The data the benchmark and the tests run on. */
class SchoolTest {

    @Test
    void tenThousandGeneratedPersonsAreMostlyStudentsWithATeacherInTenAndAPlainPersonInFifty() {
        var school = School.generated(10_000);

        assertThat(school.only(GradedStudent.class)).hasSize(8_800);
        assertThat(school.only(Teacher.class)).hasSize(1_000);
        assertThat(school.only(PlainPerson.class)).hasSize(200);
        assertThat(school.persons())
                .extracting(Person::id)
                .startsWith(1L, 2L, 3L)
                .endsWith(10_000L);
        assertThat(School.generated(10_000)).isEqualTo(school);
    }

    @Test
    void personsMustBeNumberedFromOneInListOrder() {
        assertThatThrownBy(() -> new School(List.of(new GradedStudent(2L, "Alice", "A")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The person at index 0 must have the id 1, not 2");
        assertThatThrownBy(() -> School.generated(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
