package dev.ajp.compositekeys;

import java.time.LocalDate;

/** An enrollment as a reader wants to see it: who, in what, since when. */
public record Enrolled(String studentName, String courseName, LocalDate enrollmentDate) {

    @Override
    public String toString() {
        return studentName + " in " + courseName + " since " + enrollmentDate;
    }
}
