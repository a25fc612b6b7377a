package dev.ajp.inheritance.joined;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A teacher of the {@link UntypedJoinedPerson} mapping: a row of {@code joined_teachers}. */
@Entity(name = "UntypedJoinedTeacher")
@Table(name = "joined_teachers")
@DiscriminatorValue("teacher")
public class UntypedJoinedTeacher extends UntypedJoinedPerson {

    @Column(nullable = false, length = 100)
    private String subject;

    protected UntypedJoinedTeacher() {}

    public String getSubject() {
        return subject;
    }
}
