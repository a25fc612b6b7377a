package dev.ajp.inheritance.singletable;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A student: a row of {@code persons} with {@code type = 'student'} and a grade. */
@Entity(name = "SingleTableStudent")
@DiscriminatorValue("student")
public class SingleTableStudent extends SingleTablePerson {

    @Column(length = 2) // nullable: teachers share the column and have no grade
    private String grade;

    protected SingleTableStudent() {}

    public SingleTableStudent(String name, String grade) {
        super(name);
        this.grade = grade;
    }

    public String getGrade() {
        return grade;
    }
}
