package dev.ajp.querying;

/** One row of the join: a student's name and the name of one course they take. */
public record StudentCoursePair(String studentName, String courseName) {}
