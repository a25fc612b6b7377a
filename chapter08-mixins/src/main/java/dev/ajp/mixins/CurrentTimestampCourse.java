package dev.ajp.mixins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A course of {@code stamped_courses}, timestamped by the same mixin as {@link CurrentTimestampStudent}. */
@Entity
@Table(name = "stamped_courses")
public class CurrentTimestampCourse extends CurrentTimestampMixin implements Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stamped_courses_seq")
    @SequenceGenerator(name = "stamped_courses_seq", sequenceName = "stamped_courses_seq", allocationSize = 50)
    private Long id;

    @Column(name = "course_name", nullable = false, length = 100)
    private String courseName;

    protected CurrentTimestampCourse() {}

    public CurrentTimestampCourse(String courseName) {
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
