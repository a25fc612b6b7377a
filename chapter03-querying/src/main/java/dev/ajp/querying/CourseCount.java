package dev.ajp.querying;

/** A course and how many students take it: one group of the aggregate. */
public record CourseCount(String courseName, long students) {}
