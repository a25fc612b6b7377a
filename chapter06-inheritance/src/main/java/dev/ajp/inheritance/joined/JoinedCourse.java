package dev.ajp.inheritance.joined;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A course and whoever teaches it: a lazy many-to-one to the root {@link JoinedPerson}, which carries Hibernate's
 * {@code @ConcreteProxy}: Hibernate finds out the teacher's class when it loads the course, and its proxy is then
 * an instance of the real subclass.
 */
@Entity(name = "JoinedCourse")
@Table(name = "joined_courses")
public class JoinedCourse {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    private JoinedPerson teacher;

    protected JoinedCourse() {}

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public JoinedPerson getTeacher() {
        return teacher;
    }
}
