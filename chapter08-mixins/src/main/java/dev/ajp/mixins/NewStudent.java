package dev.ajp.mixins;

import dev.ajp.model.SampleData;
import java.util.List;

/** A student to insert: what the tutorial's {@code Student} holds besides its id and its two timestamps. */
public record NewStudent(String name, int age, String grade) {

    /** The tutorial's five students, Alice to Eve ({@link SampleData#canonical()}), in order. */
    public static List<NewStudent> fromTheTutorial() {
        return of(SampleData.canonical());
    }

    /** {@code count} generated students ({@link SampleData#generated}): the same every time. */
    public static List<NewStudent> generated(int count) {
        return of(SampleData.generated(count, 0));
    }

    /** The tutorial's five courses, Mathematics to Art, in order. */
    public static List<String> coursesOfTheTutorial() {
        return SampleData.canonical().courses();
    }

    private static List<NewStudent> of(SampleData.Dataset data) {
        return data.students().stream()
                .map(s -> new NewStudent(s.name(), s.age(), s.grade()))
                .toList();
    }
}
