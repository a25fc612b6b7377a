package dev.ajp.eagerloading;

import dev.ajp.model.Course;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A student as EclipseLink sees it when nobody wove the class: the same table and courses as {@code Student}, but
 * compiled as a test class, which the build does not weave. Used only to show what weaving changes.
 */
@Entity
@Table(name = "students")
public class UnwovenStudent {

    @Id
    private Long id;

    private String name;

    private int age;

    private String grade;

    @ManyToMany
    @JoinTable(
            name = "student_courses",
            joinColumns = @JoinColumn(name = "student_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    @OrderBy("id")
    private List<Course> courses = new ArrayList<>();

    protected UnwovenStudent() {}

    public String getName() {
        return name;
    }

    public List<Course> getCourses() {
        return courses;
    }
}
