package dev.ajp.events;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A student on the shared {@code students} table whose hooks are plain JPA, the same on Hibernate and EclipseLink:
 * its own {@code @PrePersist} method normalises the name, and an {@code @EntityListeners} class,
 * {@link StudentAuditListener}, adds the audit row.
 *
 * <p>Both run inside {@code persist()}, not at flush: the INSERT comes later. JPA calls the listener class before the
 * entity's own method.
 *
 * <p>The audit rows are an element collection mapped to {@code student_audit}: part of the student's own state, which a
 * callback may change (the JPA specification forbids callbacks to use the EntityManager or to change relationships, so
 * a callback cannot persist an audit entity of its own). The provider writes them after the student, in the same
 * flush and transaction.
 */
// tag::entity[]
@Entity
@Table(name = "students")
@EntityListeners(StudentAuditListener.class)
public class CallbackStudent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "students_seq")
    @SequenceGenerator(name = "students_seq", sequenceName = "students_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private int age;

    @Column(nullable = false, length = 2)
    private String grade;

    @ElementCollection
    @CollectionTable(name = "student_audit", joinColumns = @JoinColumn(name = "student_id"))
    private List<AuditEntry> audit = new ArrayList<>();

    @PrePersist
    void normaliseName() {
        name = StudentNames.normalise(name); // a blank name throws, and persist() with it: nothing is written
        Timeline.hook("About to insert " + name + " (@PrePersist)");
    }
    // end::entity[]

    protected CallbackStudent() {}

    public CallbackStudent(String name, int age, String grade) {
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

    public List<AuditEntry> getAudit() {
        return audit;
    }
}
