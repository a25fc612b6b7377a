package dev.ajp.inheritance.tableperclass;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * TABLE_PER_CLASS: every concrete class has a complete table of its own, the root's columns repeated in each: a
 * plain person is a row of {@code per_class_persons}, a teacher one of {@code per_class_teachers}, a student one of
 * {@code per_class_students}. There is no discriminator: the table says the class. The one sequence keeps the ids
 * unique across the three tables, which is why the id cannot be an IDENTITY column here.
 */
// tag::root[]
@Entity(name = "TablePerClassPerson")
@Table(name = "per_class_persons")
@Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
public class TablePerClassPerson {
    // end::root[]

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "per_class_persons_seq")
    @SequenceGenerator(name = "per_class_persons_seq", sequenceName = "per_class_persons_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    protected TablePerClassPerson() {}

    public TablePerClassPerson(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
