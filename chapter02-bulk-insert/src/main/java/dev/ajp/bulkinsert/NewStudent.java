package dev.ajp.bulkinsert;

import dev.ajp.model.SampleData;
import java.util.ArrayList;
import java.util.List;

/**
 * A student to insert: the three columns the tutorial's {@code bulk_insert_mappings} example fills. The id is not
 * here: each approach takes it from the database (the {@code students_seq} sequence, or an IDENTITY column).
 *
 * <p>This chapter inserts students only, not their courses: the lesson is the cost of many INSERTs into one table.
 * ({@code hibernate.order_inserts}, which matters when parents and children are inserted together, is discussed in
 * the README.)
 */
public record NewStudent(String name, int age, String grade) {

    /** The tutorial's example: George (20, A), Helen (22, B) and Isaac (21, C). */
    public static List<NewStudent> fromTheTutorial() {
        return List.of(
                new NewStudent("George", 20, "A"), new NewStudent("Helen", 22, "B"), new NewStudent("Isaac", 21, "C"));
    }

    /** {@code count} students from {@link SampleData#generated}: {@code Student 00001}, ..., the same every time. */
    public static List<NewStudent> generated(int count) {
        return SampleData.generated(count, 0).students().stream()
                .map(s -> new NewStudent(s.name(), s.age(), s.grade()))
                .toList();
    }

    /**
     * {@link #generated} students with the one at {@code index} replaced by the tutorial's "Invalid Student" (age -1),
     * which the schema's {@code CHECK (age >= 0)} rejects.
     */
    public static List<NewStudent> generatedWithInvalidAt(int count, int index) {
        var students = new ArrayList<>(generated(count));
        students.set(index, new NewStudent("Invalid Student", -1, "C"));
        return List.copyOf(students);
    }
}
