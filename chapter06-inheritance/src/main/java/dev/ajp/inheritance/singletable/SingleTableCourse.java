package dev.ajp.inheritance.singletable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A course and whoever teaches it: a lazy many-to-one to the root of the hierarchy, so the declared type is
 * {@link SingleTablePerson} and the row's {@code type} decides the class. Before the person is loaded, Hibernate
 * can only know the declared type: its proxy is a {@code SingleTablePerson}, never a {@link SingleTableTeacher}.
 */
@Entity(name = "SingleTableCourse")
@Table(name = "single_table_courses")
public class SingleTableCourse {

    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    // tag::teacher[]
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    private SingleTablePerson teacher;
    // end::teacher[]

    protected SingleTableCourse() {}

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SingleTablePerson getTeacher() {
        return teacher;
    }
}
