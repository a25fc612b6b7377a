package dev.ajp.inheritance.joined;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A teacher: a row of {@code joined_persons} and one of {@code joined_teachers} with the same id. */
// tag::teacher[]
@Entity(name = "JoinedTeacher")
@Table(name = "joined_teachers")
@DiscriminatorValue("teacher")
public class JoinedTeacher extends JoinedPerson {

    @Column(nullable = false, length = 100) // a table of its own: NOT NULL is fine
    private String subject;
    // end::teacher[]

    protected JoinedTeacher() {}

    public JoinedTeacher(String name, String subject) {
        super(name);
        this.subject = subject;
    }

    public String getSubject() {
        return subject;
    }
}
