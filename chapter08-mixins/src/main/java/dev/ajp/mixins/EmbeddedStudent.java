package dev.ajp.mixins;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A student of {@code stamped_students} whose timestamps are an {@link EmbeddedTimestamps}: the wrong tool. */
@Entity
@Table(name = "stamped_students")
public class EmbeddedStudent {

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

    @Embedded
    private EmbeddedTimestamps timestamps = new EmbeddedTimestamps();

    protected EmbeddedStudent() {}

    public EmbeddedStudent(String name, int age, String grade) {
        this.name = name;
        this.age = age;
        this.grade = grade;
    }

    public Long getId() {
        return id;
    }

    public EmbeddedTimestamps getTimestamps() {
        return timestamps;
    }
}
