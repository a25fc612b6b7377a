package dev.ajp.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A course. {@link #students} is the inverse side of {@link Student#getCourses()}: the join table
 * {@code student_courses} belongs to the student side, so only changes made there are written.
 */
@Entity
@Table(name = "courses")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "courses_seq")
    @SequenceGenerator(name = "courses_seq", sequenceName = "courses_seq", allocationSize = 50)
    private Long id;

    @Column(name = "course_name", nullable = false, unique = true, length = 100)
    private String courseName;

    @ManyToMany(mappedBy = "courses")
    @OrderBy("id")
    private List<Student> students = new ArrayList<>();

    protected Course() {}

    public Course(String courseName) {
        this.courseName = courseName;
    }

    public Long getId() {
        return id;
    }

    public String getCourseName() {
        return courseName;
    }

    public void setCourseName(String courseName) {
        this.courseName = courseName;
    }

    public List<Student> getStudents() {
        return students;
    }

    @Override
    public String toString() {
        return "Course[id=" + id + ", courseName=" + courseName + "]";
    }
}
