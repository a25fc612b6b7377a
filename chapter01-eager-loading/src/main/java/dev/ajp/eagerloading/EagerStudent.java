package dev.ajp.eagerloading;

import dev.ajp.model.Course;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared {@code Student} with the one change a learner makes next: {@code fetch = FetchType.EAGER} on the
 * courses. Same table, same join table; only the fetch type differs. Used by the tests to show what EAGER does and
 * does not do: a JPQL query still sends one SELECT per student (each student's courses, loaded right after the query
 * instead of on first touch), and {@code em.find} is where Hibernate joins.
 *
 * <p>An entity of its own (entity name {@code EagerStudent}) so that the shared model stays LAZY; in {@code src/main}
 * and listed in this module's weaving persistence.xml, because the kit runs EclipseLink only on woven entities.
 */
@Entity(name = "EagerStudent")
@Table(name = "students")
public class EagerStudent {

    @Id
    private Long id;

    private String name; // only what the tests read: this entity is never written

    // tag::eager-mapping[]
    @ManyToMany(fetch = FetchType.EAGER) // loaded with every student, however the student is loaded
    @JoinTable(
            name = "student_courses",
            joinColumns = @JoinColumn(name = "student_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    @OrderBy("id")
    private List<Course> courses = new ArrayList<>();
    // end::eager-mapping[]

    protected EagerStudent() {}

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<Course> getCourses() {
        return courses;
    }
}
