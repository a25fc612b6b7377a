package dev.ajp.inheritance.joined;

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
import org.hibernate.annotations.ConcreteProxy;

/**
 * JOINED, the tutorial's "multi-table" inheritance: the root's columns in {@code joined_persons}, a teacher's subject
 * in {@code joined_teachers}, a student's grade in {@code joined_students}, each row keyed by the person's id.
 */
// tag::root[]
@Entity(name = "JoinedPerson")
@Table(name = "joined_persons")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "type", length = 31) // EclipseLink needs one (else it reads DTYPE); Hibernate writes it
@DiscriminatorValue("person")
@ConcreteProxy // Hibernate: a lazy JoinedPerson is created as a proxy of its real subclass
public class JoinedPerson {
    // end::root[]

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "joined_persons_seq")
    @SequenceGenerator(name = "joined_persons_seq", sequenceName = "joined_persons_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    protected JoinedPerson() {}

    public JoinedPerson(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
