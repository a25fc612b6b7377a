package dev.ajp.transactions.savepoint;

import dev.ajp.model.SampleData;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A student to insert, before it has an id, with the schema's rules as Bean Validation constraints (what Jdbi's
 * "validate first" checks; the JPA approaches check the same rules on {@link ValidatedStudent}).
 */
public record NewStudent(
        @NotBlank @Size(max = 100) String name,
        @Min(0) int age,
        @NotBlank @Size(max = 2) String grade) {

    /** The tutorial's first example: Jason (24, A), added and committed. */
    public static final NewStudent JASON = new NewStudent("Jason", 24, "A");

    /** The tutorial's second example: Kevin (23, B), flushed before the savepoint. */
    public static final NewStudent KEVIN = new NewStudent("Kevin", 23, "B");

    /** And after the savepoint, the student the schema's {@code CHECK (age >= 0)} rejects. */
    public static final NewStudent INVALID = new NewStudent("Invalid Student", -1, "C");

    /**
     * {@code count} students from {@link SampleData#generated} ({@code Student 00001}, ...), every {@code invalidEvery}th
     * one ({@code invalidEvery}, {@code 2 * invalidEvery}, ... counted from 1) replaced by an invalid one named
     * {@code Invalid 00010}, ...; 0 for none.
     */
    public static List<NewStudent> generated(int count, int invalidEvery) {
        var students = new ArrayList<NewStudent>(count);
        var generated = SampleData.generated(count, 0).students();
        for (var i = 0; i < count; i++) {
            var s = generated.get(i);
            var invalid = invalidEvery > 0 && (i + 1) % invalidEvery == 0;
            students.add(
                    invalid
                            ? new NewStudent(String.format("Invalid %05d", i + 1), -1, s.grade())
                            : new NewStudent(s.name(), s.age(), s.grade()));
        }
        return List.copyOf(students);
    }

    /** Whether the schema accepts it: the one rule the examples break. */
    public boolean valid() {
        return age >= 0;
    }
}
