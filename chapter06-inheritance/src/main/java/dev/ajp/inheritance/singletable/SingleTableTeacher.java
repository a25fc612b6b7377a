package dev.ajp.inheritance.singletable;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

/** A teacher: a row of {@code persons} with {@code type = 'teacher'} and a subject. */
// tag::teacher[]
@Entity(name = "SingleTableTeacher")
@DiscriminatorValue("teacher")
public class SingleTableTeacher extends SingleTablePerson {

    @Column(length = 100) // nullable: students share the column and have no subject
    private String subject;
    // end::teacher[]

    protected SingleTableTeacher() {}

    public SingleTableTeacher(String name, String subject) {
        super(name);
        this.subject = subject;
    }

    public String getSubject() {
        return subject;
    }
}
