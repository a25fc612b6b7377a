package dev.ajp.rawsql;

import java.util.List;

/**
 * The chapter's question, the tutorial's raw SQL: {@code SELECT * FROM students WHERE age > :age}, with the age
 * bound as a parameter. On the tutorial's data and an age of 20: Alice 22, Bob 21, Carol 23 and Eve 24.
 *
 * <p>Every approach sends the same statement, with its columns named and an {@code order by id} the tutorial leaves
 * out (without it, the database may return the rows in any order); what differs is what each framework makes of the
 * rows. Each call reads from the database, with a new EntityManager or Jdbi handle or JDBC connection.
 */
// tag::question[]
public interface StudentsOlderThan {

    List<StudentRow> olderThan(int age);
}
// end::question[]
