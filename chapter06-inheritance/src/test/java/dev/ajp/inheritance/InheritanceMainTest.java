package dev.ajp.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.inheritance.PeopleTest.Operation;
import dev.ajp.testsupport.Console;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InheritanceMainTest {

    @Test
    void theMainPrintsTheTablesTheDiscriminatorsAndEveryApproachWithItsAnswerAndStatements() {
        var printed = Console.capture(() -> InheritanceMain.main(new String[0]));

        // The columns the schema gives each strategy, as the database reports them.
        assertThat(printed)
                .contains("SINGLE_TABLE     persons(id, type, name, subject, grade)\n")
                .contains("JOINED           joined_persons(id, type, name) + joined_teachers(id, subject)"
                        + " + joined_students(id, grade)\n")
                .contains("TABLE_PER_CLASS  per_class_persons(id, name) + per_class_teachers(id, name, subject)"
                        + " + per_class_students(id, name, grade)\n");
        var school = School.canonical();
        var types = school.persons().stream()
                .map(p -> p.id() + " " + School.type(p))
                .collect(Collectors.joining(", "));
        assertThat(printed).contains("persons.type         " + types).contains("joined_persons.type  " + types);
        // The tutorial's persons, each as their class, then the teachers, then Frank found by id.
        assertThat(printed)
                .contains(InheritanceMain.describe(school.persons()))
                .contains("     1 Alice  GradedStudent grade A\n     2 Ada    Teacher       subject Mathematics\n")
                .contains(InheritanceMain.describe(school.only(Teacher.class)))
                .contains("     8 Frank  PlainPerson\n");
        var questions = Map.of(
                "== Every person",
                Operation.ALL,
                "== Teachers only",
                Operation.TEACHERS,
                "== Person 8",
                Operation.FIND_PLAIN_PERSON);
        questions.forEach((title, operation) -> {
            var start = printed.indexOf(title);
            var end = printed.indexOf("\n== ", start);
            var section = printed.substring(start, end);
            for (var approach : Approach.values()) {
                var count = PeopleTest.expectedOutline(approach, operation).size();
                assertThat(section)
                        .contains(String.format(
                                "%-38s %-12s %d statement%s%n",
                                approach.label(), "same answer", count, count == 1 ? "" : "s"));
            }
        });
        assertThat(printed).doesNotContain("DIFFERENT");
    }
}
