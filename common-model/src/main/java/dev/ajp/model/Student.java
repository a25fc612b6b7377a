package dev.ajp.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A student of the tutorial: name, age, grade and the courses they take.
 *
 * <p>The id comes from a pooled sequence ({@code students_seq}, increment 50): one round trip hands out fifty ids,
 * and inserts can still be batched. An IDENTITY column would force one INSERT at a time (chapter 02 measures it).
 *
 * <p>{@link #courses} is LAZY, the JPA default for a to-many association: loading a student does not load its
 * courses until the list is touched. That default is where the N+1 problem of chapter 01 comes from.
 *
 * <p>It is a {@code List} without an order column, which Hibernate calls a bag: its rows cannot be told apart, so
 * removing one course makes Hibernate delete all of the student's rows of {@code student_courses} and insert back the
 * ones that stay (measured: removing one of three courses is 1 DELETE and 2 INSERTs; EclipseLink sends 1 DELETE). A
 * {@code Set} would delete just the one row. The model keeps the bag on purpose: the chapters read this association
 * far more than they change it, a {@code List} keeps its {@code @OrderBy} order on both providers, and the cost is
 * taught where it matters, with its counts (StudentCoursesTest here, the association entity of chapter 05).
 */
@Entity
@Table(name = "students")
public class Student {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "students_seq")
    @SequenceGenerator(name = "students_seq", sequenceName = "students_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int age;

    @Column(nullable = false, length = 2)
    private String grade;

    @ManyToMany
    @JoinTable(
            name = "student_courses",
            joinColumns = @JoinColumn(name = "student_id"),
            inverseJoinColumns = @JoinColumn(name = "course_id"))
    @OrderBy("id")
    private List<Course> courses = new ArrayList<>();

    protected Student() {}

    public Student(String name, int age, String grade) {
        this.name = name;
        this.age = age;
        this.grade = grade;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getAge() {
        return age;
    }

    public void setAge(int age) {
        this.age = age;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public List<Course> getCourses() {
        return courses;
    }

    /**
     * Enrols this student in a course. The student side owns {@code student_courses}, so this is the change
     * that gets written; {@link Course#getStudents()} is not touched here, because adding to it could load
     * the whole lazy list just to append one element.
     */
    public void enrol(Course course) {
        courses.add(course);
    }

    @Override
    public String toString() {
        return "Student[id=" + id + ", name=" + name + ", age=" + age + ", grade=" + grade + "]";
    }
}
