package dev.ajp.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/** TABLE_PER_CLASS with an IDENTITY id: what Hibernate refuses to start with. */
@Entity(name = "IdentityPerson")
@Table(name = "per_class_persons")
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class IdentityPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
}
