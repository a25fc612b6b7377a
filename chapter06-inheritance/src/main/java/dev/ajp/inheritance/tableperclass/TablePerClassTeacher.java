package dev.ajp.inheritance.tableperclass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A teacher: a row of {@code per_class_teachers}, which repeats the root's columns and adds the subject. */
// tag::teacher[]
@Entity(name = "TablePerClassTeacher")
@Table(name = "per_class_teachers")
public class TablePerClassTeacher extends TablePerClassPerson {

    @Column(nullable = false, length = 100)
    private String subject;
    // end::teacher[]

    protected TablePerClassTeacher() {}

    public TablePerClassTeacher(String name, String subject) {
        super(name);
        this.subject = subject;
    }

    public String getSubject() {
        return subject;
    }
}
