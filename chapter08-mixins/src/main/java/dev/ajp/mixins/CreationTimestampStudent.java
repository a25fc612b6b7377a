package dev.ajp.mixins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A student of {@code stamped_students}, timestamped by Hibernate's {@code @CreationTimestamp} and {@code @UpdateTimestamp} ({@link CreationTimestampMixin}). */
@Entity
@Table(name = "stamped_students")
public class CreationTimestampStudent extends CreationTimestampMixin implements StudentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stamped_students_seq")
    @SequenceGenerator(name = "stamped_students_seq", sequenceName = "stamped_students_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int age;

    @Column(nullable = false, length = 2)
    private String grade;

    protected CreationTimestampStudent() {}

    public CreationTimestampStudent(String name, int age, String grade) {
        this.name = name;
        this.age = age;
        this.grade = grade;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getAge() {
        return age;
    }

    @Override
    public void setAge(int age) {
        this.age = age;
    }

    public String getGrade() {
        return grade;
    }
}
