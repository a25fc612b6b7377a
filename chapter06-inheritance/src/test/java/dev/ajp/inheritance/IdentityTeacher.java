package dev.ajp.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A subclass of {@link IdentityPerson}, with a table of its own. */
@Entity(name = "IdentityTeacher")
@Table(name = "per_class_teachers")
public class IdentityTeacher extends IdentityPerson {

    private String subject;
}
