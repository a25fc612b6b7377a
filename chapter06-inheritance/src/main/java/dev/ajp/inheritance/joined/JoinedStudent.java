package dev.ajp.inheritance.joined;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A student: a row of {@code joined_persons} and one of {@code joined_students} with the same id. */
@Entity(name = "JoinedStudent")
@Table(name = "joined_students")
@DiscriminatorValue("student")
public class JoinedStudent extends JoinedPerson {

    @Column(nullable = false, length = 2)
    private String grade;

    protected JoinedStudent() {}

    public JoinedStudent(String name, String grade) {
        super(name);
        this.grade = grade;
    }

    public String getGrade() {
        return grade;
    }
}
