package dev.ajp.mixins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A student of {@code db_clock_students}, timestamped by the database, read back by EclipseLink's {@code @ReturnInsert} and {@code @ReturnUpdate} ({@link ReturningMixin}). */
@Entity
@Table(name = "db_clock_students")
public class ReturningStudent extends ReturningMixin implements StudentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "db_clock_students_seq")
    @SequenceGenerator(name = "db_clock_students_seq", sequenceName = "db_clock_students_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int age;

    @Column(nullable = false, length = 2)
    private String grade;

    protected ReturningStudent() {}

    public ReturningStudent(String name, int age, String grade) {
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
