package dev.ajp.querying;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ajp.testsupport.Console;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The main, run as a reader runs it: the tutorial's results on its data, and every form agreeing in one SELECT. */
class QueryingMainTest {

    private static String printed;

    @BeforeAll
    static void runTheMain() {
        printed = Console.capture(() -> QueryingMain.main(new String[0]));
    }

    @Test
    void theFilterPrintsAliceCarolAndEve() {
        assertThat(rowsUnder("== Filter: students older than 21 with grade A"))
                .containsExactly(
                        "StudentRow[name=Alice, age=22, grade=A]",
                        "StudentRow[name=Carol, age=23, grade=A]",
                        "StudentRow[name=Eve, age=24, grade=A]");
    }

    @Test
    void theJoinPrintsEveryPairOfTheTutorialsDataAndNoneForDave() {
        assertThat(rowsUnder("== Join: every (student, course) pair"))
                .containsExactly(
                        pair("Alice", "Mathematics"),
                        pair("Alice", "Physics"),
                        pair("Bob", "Mathematics"),
                        pair("Carol", "Physics"),
                        pair("Carol", "Chemistry"),
                        pair("Carol", "History"),
                        pair("Eve", "Mathematics"),
                        pair("Eve", "History"));
    }

    @Test
    void theCountPrintsTheStudentsOfEachCourseThatSomebodyTakes() {
        assertThat(rowsUnder("== COUNT and GROUP BY: students per course"))
                .containsExactly(
                        "CourseCount[courseName=Mathematics, students=3]",
                        "CourseCount[courseName=Physics, students=2]",
                        "CourseCount[courseName=Chemistry, students=1]",
                        "CourseCount[courseName=History, students=2]");
    }

    @Test
    void everyFormAnswersEveryQuestionWithTheSameRowsInOneStatement() {
        for (var form : Approach.queryForms()) {
            assertThat(printed.lines().filter(l -> l.startsWith(form.label() + " ")))
                    .as(form.label())
                    .hasSize(10) // the main's ten questions
                    .allSatisfy(l -> assertThat(l).contains("same rows").endsWith(" 1 statement"));
        }
        assertThat(printed).doesNotContain("DIFFERENT");
    }

    @Test
    void offsetAndKeysetPrintTheSameSecondPageOfTwoStudents() {
        var carolAndDave = List.of(
                "ListedStudent[id=3, name=Carol, age=23, grade=A]", "ListedStudent[id=4, name=Dave, age=20, grade=C]");
        assertThat(rowsUnder("== OFFSET pagination: skip 2 students, take 2")).isEqualTo(carolAndDave);
        assertThat(rowsUnder("== Keyset pagination: the 2 students after id 2")).isEqualTo(carolAndDave);
    }

    @Test
    void theEntityLoadingsPrintTheEightPairsAndTheirStatements() {
        for (var loading : Approach.entityLoadings()) {
            var statements = switch (loading) {
                case HIBERNATE_LAZY, ECLIPSELINK_LAZY -> "6 statements"; // 1 + one per student
                case HIBERNATE_JOIN_FETCH, ECLIPSELINK_JOIN_FETCH -> "1 statement";
                case HIBERNATE_JPQL,
                        ECLIPSELINK_JPQL,
                        HIBERNATE_CRITERIA,
                        ECLIPSELINK_CRITERIA,
                        HIBERNATE_NATIVE,
                        ECLIPSELINK_NATIVE,
                        JDBI_FLUENT,
                        JDBI_SQL_OBJECT -> throw new IllegalArgumentException(loading + " loads no entities");
            };
            assertThat(printed.lines().filter(l -> l.startsWith(loading.label() + " ")))
                    .as(loading.label())
                    .singleElement()
                    .satisfies(l -> assertThat(l).contains("8 pairs").endsWith(" " + statements));
        }
    }

    private static String pair(String student, String course) {
        return "StudentCoursePair[studentName=" + student + ", courseName=" + course + "]";
    }

    /** The rows printed under a question's heading: the lines indented by three spaces before the first form's. */
    private static List<String> rowsUnder(String heading) {
        var lines = printed.lines().toList();
        var at = lines.indexOf(heading);
        assertThat(at).as("the heading %s in:%n%s", heading, printed).isNotNegative();
        return lines.subList(at + 1, lines.size()).stream()
                .takeWhile(l -> l.startsWith("   ") && !l.startsWith("    "))
                .map(String::strip)
                .toList();
    }
}
