package dev.ajp.inheritance.singletable;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * SINGLE_TABLE, the tutorial's mapping: every person, teacher and student is a row of {@code persons}, and the
 * {@code type} column says which class it is ({@code polymorphic_on} in SQLAlchemy). A person who is neither teacher
 * nor student is a row with {@code type = 'person'}.
 */
// tag::root[]
@Entity(name = "SingleTablePerson")
@Table(name = "persons")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "type", length = 31)
@DiscriminatorValue("person")
public class SingleTablePerson {
    // end::root[]

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "persons_seq")
    @SequenceGenerator(name = "persons_seq", sequenceName = "persons_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    protected SingleTablePerson() {}

    public SingleTablePerson(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
