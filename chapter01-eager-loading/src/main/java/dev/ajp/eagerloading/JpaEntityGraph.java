package dev.ajp.eagerloading;

import dev.ajp.model.Course;
import dev.ajp.model.Student;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;

/**
 * The standard JPA way to say "and load this association too" without writing it into the query: an entity graph,
 * passed as the {@code jakarta.persistence.loadgraph} hint.
 *
 * <p>Standard, but not one behaviour. Hibernate turns the graph into a LEFT OUTER JOIN of the query: <b>1
 * statement</b>. EclipseLink keeps the query as written and then loads the graph's attributes one owner at a time,
 * before {@code getResultList()} returns: <b>1 + N statements</b>, the N+1 problem moved from the loop into the
 * query call (the tests measure it). On EclipseLink use {@link EclipseLinkLeftJoinFetchHint} or
 * {@link JpaLeftJoinFetch} instead.
 */
public final class JpaEntityGraph implements StudentsWithCourses {

    private final EntityManagerFactory emf;

    public JpaEntityGraph(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<StudentCourses> load() {
        // tag::entity-graph[]
        try (var em = emf.createEntityManager()) {
            var graph = em.createEntityGraph(Student.class);
            graph.addAttributeNode("courses");
            return em
                    .createQuery("select s from Student s order by s.id", Student.class)
                    .setHint("jakarta.persistence.loadgraph", graph)
                    .getResultList()
                    .stream()
                    .map(s -> new StudentCourses(
                            s.getName(),
                            s.getCourses().stream().map(Course::getCourseName).toList()))
                    .toList();
        }
        // end::entity-graph[]
    }
}
