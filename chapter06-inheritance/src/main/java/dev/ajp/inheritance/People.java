package dev.ajp.inheritance;

import java.util.List;
import java.util.Optional;

/**
 * The chapter's question, asked of one hierarchy (a person, a teacher, a student) stored one way: every approach
 * answers it for one inheritance strategy on one framework, and all of them give the same answers. What differs is
 * the SQL each sends to get there, which is the lesson.
 *
 * <p>Each call works on its own: a new EntityManager or Jdbi handle, nothing kept from the call before.
 */
// tag::question[]
public interface People {

    /** Every person, in id order, each as its own class: the polymorphic query. */
    List<Person> all();

    /** The teachers only, in id order. */
    List<Teacher> teachers();

    /** The students only, in id order. */
    List<GradedStudent> students();

    /** The person with this id, of whatever class, without knowing the class beforehand. */
    Optional<Person> find(long id);

    /**
     * Stores new persons (ids null) in one transaction and returns them with their ids, in the same order. All or
     * nothing: if one is rejected, none is stored.
     *
     * @throws PersonsNotAddedException when the database (or the framework before it) rejects one of them
     */
    List<Person> add(List<Person> persons);
}
// end::question[]
