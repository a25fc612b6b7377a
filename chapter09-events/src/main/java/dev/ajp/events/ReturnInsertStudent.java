package dev.ajp.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReturnInsert;

/**
 * A student on the shared {@code students} table for EclipseLink, whose name the database may change during the
 * INSERT (the trigger does): {@code @ReturnInsert} makes EclipseLink send {@code INSERT ... RETURNING name} and put the
 * returned name into the object.
 *
 * <p>Only where EclipseLink's database platform can build such an INSERT: PostgreSQL (and Oracle). On H2, EclipseLink
 * refuses to start with this entity; there, {@code refresh} is the way.
 */
@Entity
@Table(name = "students")
public class ReturnInsertStudent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "students_seq")
    @SequenceGenerator(name = "students_seq", sequenceName = "students_seq", allocationSize = 50)
    private Long id;

    // tag::return-insert[]
    @ReturnInsert // INSERT ... RETURNING name: the trigger's value comes back with the INSERT
    @Column(nullable = false, length = 100)
    private String name;
    // end::return-insert[]

    @Column(nullable = false)
    private int age;

    @Column(nullable = false, length = 2)
    private String grade;

    protected ReturnInsertStudent() {}

    public ReturnInsertStudent(String name, int age, String grade) {
        this.name = name;
        this.age = age;
        this.grade = grade;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getAge() {
        return age;
    }

    public String getGrade() {
        return grade;
    }
}
