package dev.ajp.querying;

import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The tutorial's join answered the other way: load whole {@code Student} entities with their {@code Course}
 * entities and walk the association in Java. The result is the same list of pairs; what it costs is not.
 *
 * <ul>
 *   <li>{@link #byLazyNavigation()}: one SELECT for the students, then one more per student the first time its lazy
 *       {@code courses} list is touched: 1 + N statements (chapter 01's N+1 problem).
 *   <li>{@link #byJoinFetch()}: one SELECT with {@code join fetch}, but it reads every column of both tables where
 *       the DTO query reads two, and builds and registers one managed entity per student and per course in the
 *       persistence context (Hibernate also keeps a snapshot of each for dirty checking) before the pairs are made.
 * </ul>
 *
 * The DTO projections of {@link StudentQueries#studentCoursePairs()} read the two columns and build the pairs directly.
 */
public final class PairsFromEntities {

    private final EntityManagerFactory emf;

    public PairsFromEntities(EntityManagerFactory emf) {
        this.emf = emf;
    }

    public List<StudentCoursePair> byLazyNavigation() {
        try (var em = emf.createEntityManager()) {
            // tag::lazy[]
            var students = em.createQuery("select s from Student s order by s.id", Student.class)
                    .getResultList();
            var pairs = new ArrayList<StudentCoursePair>();
            for (var student : students) {
                for (var course : student.getCourses()) { // the first touch of a student's courses: one SELECT
                    pairs.add(new StudentCoursePair(student.getName(), course.getCourseName()));
                }
            }
            return pairs;
            // end::lazy[]
        }
    }

    public List<StudentCoursePair> byJoinFetch() {
        try (var em = emf.createEntityManager()) {
            // tag::join-fetch[]
            var students = em.createQuery(
                            "select distinct s from Student s join fetch s.courses c order by s.id, c.id",
                            Student.class)
                    .getResultList();
            var pairs = new ArrayList<StudentCoursePair>();
            for (var student : students) {
                for (var course : student.getCourses()) { // already loaded: no SQL
                    pairs.add(new StudentCoursePair(student.getName(), course.getCourseName()));
                }
            }
            return pairs;
            // end::join-fetch[]
        }
    }
}
