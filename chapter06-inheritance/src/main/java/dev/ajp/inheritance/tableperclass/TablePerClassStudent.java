package dev.ajp.inheritance.tableperclass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A student: a row of {@code per_class_students}, which repeats the root's columns and adds the grade. */
@Entity(name = "TablePerClassStudent")
@Table(name = "per_class_students")
public class TablePerClassStudent extends TablePerClassPerson {

    @Column(nullable = false, length = 2)
    private String grade;

    protected TablePerClassStudent() {}

    public TablePerClassStudent(String name, String grade) {
        super(name);
        this.grade = grade;
    }

    public String getGrade() {
        return grade;
    }
}
