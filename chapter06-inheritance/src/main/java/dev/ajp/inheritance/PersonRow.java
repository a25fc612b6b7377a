package dev.ajp.inheritance;

import dev.ajp.inheritance.joined.JoinedPerson;
import dev.ajp.inheritance.joined.JoinedStudent;
import dev.ajp.inheritance.joined.JoinedTeacher;
import dev.ajp.inheritance.singletable.SingleTablePerson;
import dev.ajp.inheritance.singletable.SingleTableStudent;
import dev.ajp.inheritance.singletable.SingleTableTeacher;
import dev.ajp.inheritance.tableperclass.TablePerClassPerson;
import dev.ajp.inheritance.tableperclass.TablePerClassStudent;
import dev.ajp.inheritance.tableperclass.TablePerClassTeacher;
import java.util.Map;
import java.util.TreeSet;

/**
 * One person as a projection reads it, before it becomes the record of its class: the id, the {@code type}
 * ({@code person}, {@code teacher} or {@code student}), the name, and the column of each subclass, NULL for the
 * other classes. No entity is built for it.
 *
 * <p>A JPQL projection creates it with {@code select new} and {@code type(p)}, which gives the entity class of the
 * row (the provider reads it from the discriminator, or from the branch of the union); a native query's
 * {@code Object[]} rows go through {@link #of}. A {@code type} no class maps (a row written by another program) is an
 * error that names it, as in {@link PersonMapper}.
 */
public record PersonRow(Long id, String type, String name, String subject, String grade) {

    private static final Map<Class<?>, String> TYPES = Map.of(
            SingleTablePerson.class, "person",
            SingleTableTeacher.class, "teacher",
            SingleTableStudent.class, "student",
            JoinedPerson.class, "person",
            JoinedTeacher.class, "teacher",
            JoinedStudent.class, "student",
            TablePerClassPerson.class, "person",
            TablePerClassTeacher.class, "teacher",
            TablePerClassStudent.class, "student");

    /** The constructor JPQL's {@code select new PersonRow(p.id, type(p), ...)} calls: the entity class as its type. */
    public PersonRow(Long id, Class<?> entity, String name, String subject, String grade) {
        this(id, TYPES.get(entity), name, subject, grade);
    }

    /** A row of a native query that selects {@code id, type, name, subject, grade}, in that order. */
    static PersonRow of(Object[] columns) {
        return new PersonRow(
                ((Number) columns[0]).longValue(),
                (String) columns[1],
                (String) columns[2],
                (String) columns[3],
                (String) columns[4]);
    }

    /** The record of the person's class. */
    Person person() {
        if (type == null) {
            throw new IllegalStateException("The person with id " + id + " has no type");
        }
        return switch (type) {
            case "person" -> new PlainPerson(id, name);
            case "teacher" -> new Teacher(id, name, subject);
            case "student" -> new GradedStudent(id, name, grade);
            default ->
                throw new IllegalStateException(
                        "The person with id " + id + " has the type '" + type + "', which is none of "
                                + new TreeSet<>(TYPES.values()) + ": it was not written by this model");
        };
    }
}
