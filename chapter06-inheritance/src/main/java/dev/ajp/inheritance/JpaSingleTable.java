package dev.ajp.inheritance;

import static dev.ajp.inheritance.ReadOnly.readOnly;

import dev.ajp.inheritance.singletable.SingleTableCourse;
import dev.ajp.inheritance.singletable.SingleTablePerson;
import dev.ajp.inheritance.singletable.SingleTableStudent;
import dev.ajp.inheritance.singletable.SingleTableTeacher;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Optional;

/**
 * SINGLE_TABLE through JPA, the same code on Hibernate and EclipseLink: every query reads the one table
 * {@code persons}, so every operation is one statement. The polymorphic query selects every column of every class
 * and lets the {@code type} column choose the class of each row; a query for a subclass adds
 * {@code where type = 'teacher'} (Hibernate writes the value into the SQL, EclipseLink binds it). Adding a teacher
 * is one INSERT with {@code type = 'teacher'} and NULL in the columns of the other classes.
 */
public final class JpaSingleTable implements People {

    /** The entity classes of this strategy: the persistence unit of its factories. */
    public static final List<Class<?>> ENTITIES = List.of(
            SingleTablePerson.class, SingleTableTeacher.class, SingleTableStudent.class, SingleTableCourse.class);

    private final EntityManagerFactory emf;

    public JpaSingleTable(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<Person> all() {
        try (var em = emf.createEntityManager()) {
            // tag::all[]
            return readOnly(em.createQuery("select p from SingleTablePerson p order by p.id", SingleTablePerson.class))
                    .getResultList() // Teachers, Students and plain Persons, each of its class
                    .stream()
                    .map(JpaSingleTable::person)
                    .toList();
            // end::all[]
        }
    }

    @Override
    public List<Teacher> teachers() {
        try (var em = emf.createEntityManager()) {
            // tag::teachers[]
            return readOnly(em.createQuery(
                            "select t from SingleTableTeacher t order by t.id", SingleTableTeacher.class))
                    .getResultList()
                    .stream()
                    .map(t -> new Teacher(t.getId(), t.getName(), t.getSubject()))
                    .toList();
            // end::teachers[]
        }
    }

    @Override
    public List<GradedStudent> students() {
        try (var em = emf.createEntityManager()) {
            return readOnly(em.createQuery(
                            "select s from SingleTableStudent s order by s.id", SingleTableStudent.class))
                    .getResultList()
                    .stream()
                    .map(s -> new GradedStudent(s.getId(), s.getName(), s.getGrade()))
                    .toList();
        }
    }

    @Override
    public Optional<Person> find(long id) {
        try (var em = emf.createEntityManager()) {
            return Optional.ofNullable(em.find(SingleTablePerson.class, id, ReadOnly.HINTS))
                    .map(JpaSingleTable::person);
        }
    }

    @Override
    public List<Person> add(List<Person> persons) {
        try (var em = emf.createEntityManager()) {
            var transaction = em.getTransaction();
            try {
                transaction.begin();
                var entities = persons.stream().map(JpaSingleTable::entity).toList();
                entities.forEach(em::persist);
                transaction.commit();
                return entities.stream().map(JpaSingleTable::person).toList();
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw new PersonsNotAddedException(persons.size(), e);
            }
        }
    }

    /** The answer for an entity: its runtime class decides the record. */
    // tag::person[]
    static Person person(SingleTablePerson entity) {
        if (entity instanceof SingleTableTeacher t) {
            return new Teacher(t.getId(), t.getName(), t.getSubject());
        }
        if (entity instanceof SingleTableStudent s) {
            return new GradedStudent(s.getId(), s.getName(), s.getGrade());
        }
        return new PlainPerson(entity.getId(), entity.getName());
    }
    // end::person[]

    static SingleTablePerson entity(Person person) {
        if (person instanceof Teacher t) {
            return new SingleTableTeacher(t.name(), t.subject());
        }
        if (person instanceof GradedStudent s) {
            return new SingleTableStudent(s.name(), s.grade());
        }
        return new SingleTablePerson(person.name());
    }
}
