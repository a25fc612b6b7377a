package dev.ajp.inheritance.joined;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A student of the {@link UntypedJoinedPerson} mapping: a row of {@code joined_students}. */
@Entity(name = "UntypedJoinedStudent")
@Table(name = "joined_students")
@DiscriminatorValue("student")
public class UntypedJoinedStudent extends UntypedJoinedPerson {

    @Column(nullable = false, length = 2)
    private String grade;

    protected UntypedJoinedStudent() {}

    public String getGrade() {
        return grade;
    }
}
