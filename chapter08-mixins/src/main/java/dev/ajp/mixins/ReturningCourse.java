package dev.ajp.mixins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A course of {@code db_clock_courses}, timestamped by the same mixin as {@link ReturningStudent}. */
@Entity
@Table(name = "db_clock_courses")
public class ReturningCourse extends ReturningMixin implements Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "db_clock_courses_seq")
    @SequenceGenerator(name = "db_clock_courses_seq", sequenceName = "db_clock_courses_seq", allocationSize = 50)
    private Long id;

    @Column(name = "course_name", nullable = false, length = 100)
    private String courseName;

    protected ReturningCourse() {}

    public ReturningCourse(String courseName) {
        this.courseName = courseName;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return courseName;
    }
}
