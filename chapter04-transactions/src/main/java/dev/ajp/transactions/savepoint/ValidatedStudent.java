package dev.ajp.transactions.savepoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The shared {@code students} table with the database's rules also written as Bean Validation constraints, so that
 * an invalid student can be refused in Java, before any SQL is sent. Both JPA providers check these constraints on
 * their own when a Bean Validation provider is on the class path (here Hibernate Validator): EclipseLink when
 * {@code persist()} is called, Hibernate when the INSERT is about to be sent at flush.
 *
 * <p>A class of its own rather than annotations on the shared {@code Student}: the other chapters use that one as
 * the tutorial wrote it, and its rules live in the schema alone ({@code CHECK (age >= 0)}).
 */
// tag::entity[]
@Entity
@Table(name = "students")
public class ValidatedStudent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "validated_students_seq")
    @SequenceGenerator(name = "validated_students_seq", sequenceName = "students_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    private String name;

    @Min(0) // the schema's CHECK (age >= 0), checked before the INSERT is written
    @Column(nullable = false)
    private int age;

    @NotBlank
    @Size(max = 2)
    @Column(nullable = false, length = 2)
    private String grade;
    // end::entity[]

    protected ValidatedStudent() {}

    public ValidatedStudent(String name, int age, String grade) {
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

    @Override
    public String toString() {
        return "ValidatedStudent[id=" + id + ", name=" + name + ", age=" + age + ", grade=" + grade + "]";
    }
}
