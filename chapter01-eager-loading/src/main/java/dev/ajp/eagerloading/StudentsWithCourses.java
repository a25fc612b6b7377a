package dev.ajp.eagerloading;

import java.util.List;

/**
 * The chapter's question: every student with the names of their courses, students in id order and each student's
 * courses in id order, students without courses included.
 *
 * <p>Every approach answers it with the same result; what differs is how many SQL statements it sends to get there
 * (one per student, one per batch of students, or one in all). Each call reads from the database: a new
 * EntityManager or Jdbi handle, nothing kept from the call before.
 */
// tag::question[]
public interface StudentsWithCourses {

    List<StudentCourses> load();
}
// end::question[]
