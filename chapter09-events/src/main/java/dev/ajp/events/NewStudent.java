package dev.ajp.events;

import java.util.List;
import java.util.stream.IntStream;

/** A student to insert, as the application receives it: the name as typed, spaces and lower case included. */
public record NewStudent(String name, int age, String grade) {

    /** The transactions chapter's Kevin (23, B), typed carelessly: the hooks make him "Kevin". */
    public static NewStudent kevin() {
        return new NewStudent("  kevin ", 23, "B");
    }

    /**
     * {@code count} students named {@code " student 00001 "}, ... (lower case, with spaces: each one normalised to
     * {@code "Student 00001"}), ages 18 to 27, grades A to D.
     */
    public static List<NewStudent> generated(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new NewStudent(
                        String.format(" student %05d ", i), 18 + (i * 3) % 10, String.valueOf("ABCD".charAt(i % 4))))
                .toList();
    }
}
