package dev.ajp.eagerloading;

/**
 * One row of the DTO projection ({@link JpaDtoProjection}): a student and one of their courses, or a student and
 * {@code null} when they take none (the LEFT JOIN's row for Dave). Built by the provider from the JPQL constructor
 * expression {@code select new dev.ajp.eagerloading.StudentCourseRow(s.id, s.name, c.courseName)}: a plain object,
 * not an entity, so nothing about it is managed.
 *
 * @param studentId what the rows of one student share: names need not be unique
 * @param courseName the course, or {@code null} for a student without courses
 */
// tag::row[]
public record StudentCourseRow(Long studentId, String name, String courseName) {}
// end::row[]
