package dev.ajp.eagerloading;

import java.util.List;

/**
 * One line of the chapter's answer: a student's name and the names of the courses they take, in course id order.
 * A student without courses (Dave) has an empty list.
 */
// tag::result[]
public record StudentCourses(String name, List<String> courses) {}
// end::result[]
