package dev.ajp.inheritance.joined;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

/**
 * The same JOINED tables as {@link JoinedPerson}, mapped without {@code @DiscriminatorColumn}: what each provider
 * does when it is not told where the class of a row is written. Hibernate needs no discriminator for JOINED: it
 * finds the class with a CASE over which subclass table has the row. EclipseLink assumes the JPA default, a column
 * {@code DTYPE}, which this schema does not have. For reading only: with no discriminator mapped, nothing would write
 * {@code type}, which the table requires.
 */
// tag::root[]
@Entity(name = "UntypedJoinedPerson")
@Table(name = "joined_persons")
@Inheritance(strategy = InheritanceType.JOINED)
// no @DiscriminatorColumn: Hibernate uses a CASE, EclipseLink a column DTYPE
@DiscriminatorValue("person")
public class UntypedJoinedPerson {
    // end::root[]

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    protected UntypedJoinedPerson() {}

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
