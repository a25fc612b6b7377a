package dev.ajp.compositekeys;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.testsupport.Console;
import org.junit.jupiter.api.Test;

class CompositeKeysMainTest {

    @Test
    void theMainShowsTheTutorialsEnrollmentsInEveryApproachAndRefusesTheDuplicate() {
        var printed = Console.capture(() -> CompositeKeysMain.main(new String[0]));
        var approaches = Approach.values().length;

        for (var approach : Approach.values()) {
            assertThat(printed).contains("== " + approach.label() + "\n");
        }
        assertThat(printed).contains("  Carol in Physics, Chemistry, History on 2024-09-04");
        assertThat(occurrences(printed, "Enroll Alice in Mathematics and Physics: 2 statements"))
                .isEqualTo(approaches);
        assertThat(occurrences(printed, "Enroll Bob, Carol and Eve the same way: 6 statements"))
                .isEqualTo(approaches);
        assertThat(occurrences(printed, "Find (3, 3) by its key: Carol in Chemistry since 2024-09-04"))
                .isEqualTo(approaches);
        assertThat(occurrences(
                        printed,
                        "Carol's courses: [Carol in Physics since 2024-09-04, Carol in Chemistry since 2024-09-04,"
                                + " Carol in History since 2024-09-04]"))
                .isEqualTo(approaches);
        assertThat(occurrences(
                        printed,
                        "The students of Mathematics: [Alice in Mathematics since 2024-09-02, Bob in Mathematics"
                                + " since 2024-09-03, Eve in Mathematics since 2024-09-06]"))
                .isEqualTo(approaches);
        assertThat(occurrences(
                        printed,
                        "Enroll Alice in Mathematics again: Cannot enroll student 1 in course 1: the student is"
                                + " enrolled in it already. Nothing of this enrollment was written."))
                .isEqualTo(approaches);
        assertThat(occurrences(printed, "Enroll Alice in Mathematics if absent: already enrolled, nothing inserted"))
                .isEqualTo(approaches);
        assertThat(printed).contains("Enroll Dave in Art if absent: inserted").doesNotContain("no error?");
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
