package dev.ajp.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * A student on the shared {@code students} table for Hibernate, whose name the database may change during the INSERT
 * (the trigger does): {@code @Generated(event = INSERT, writable = true)} tells Hibernate to write the name it has and
 * read back the one the row ends up with, in the same round trip where the database allows it.
 *
 * <p>The price: an INSERT that must return a value cannot join a JDBC batch, so every student is an INSERT of its own.
 */
@Entity
@Table(name = "students")
public class GeneratedNameStudent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "students_seq")
    @SequenceGenerator(name = "students_seq", sequenceName = "students_seq", allocationSize = 50)
    private Long id;

    // tag::generated[]
    @Generated(event = EventType.INSERT, writable = true) // sent with the INSERT, then read back from the row
    @Column(nullable = false, length = 100)
    private String name;
    // end::generated[]

    @Column(nullable = false)
    private int age;

    @Column(nullable = false, length = 2)
    private String grade;

    protected GeneratedNameStudent() {}

    public GeneratedNameStudent(String name, int age, String grade) {
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

    public int getAge() {
        return age;
    }

    public String getGrade() {
        return grade;
    }
}
