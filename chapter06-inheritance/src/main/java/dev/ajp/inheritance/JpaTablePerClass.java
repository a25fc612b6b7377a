package dev.ajp.inheritance;

import static dev.ajp.inheritance.ReadOnly.readOnly;

import dev.ajp.inheritance.tableperclass.TablePerClassPerson;
import dev.ajp.inheritance.tableperclass.TablePerClassStudent;
import dev.ajp.inheritance.tableperclass.TablePerClassTeacher;
import jakarta.persistence.EntityManagerFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * TABLE_PER_CLASS through JPA, the same code on Hibernate and EclipseLink, over one complete table per class. A
 * subclass query reads its one table, and adding a teacher is one INSERT: this strategy is cheapest when the code
 * asks for one class at a time.
 *
 * <p>The polymorphic query is where it costs. Hibernate sends one SELECT over a {@code UNION ALL} of the three tables,
 * and sorts, pages and counts over the union. EclipseLink sends one SELECT per table and concatenates the answers:
 * the ORDER BY is applied to each table's SELECT, so the combined list is not in id order, and a page
 * ({@code setMaxResults}) is taken from each table. This class therefore sorts the answer in memory, which is correct
 * on both providers. {@code find} by the root's type is one SELECT over the union on Hibernate, and on EclipseLink
 * one SELECT per table until a row is found.
 */
public final class JpaTablePerClass implements People {

    /** The entity classes of this strategy: the persistence unit of its factories. */
    public static final List<Class<?>> ENTITIES =
            List.of(TablePerClassPerson.class, TablePerClassTeacher.class, TablePerClassStudent.class);

    private final EntityManagerFactory emf;

    public JpaTablePerClass(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public List<Person> all() {
        try (var em = emf.createEntityManager()) {
            // tag::all[]
            return readOnly(em.createQuery(
                            "select p from TablePerClassPerson p order by p.id", TablePerClassPerson.class))
                    .getResultList() // EclipseLink: sorted per table, not as a whole
                    .stream()
                    .map(JpaTablePerClass::person)
                    .sorted(Comparator.comparing(Person::id))
                    .toList();
            // end::all[]
        }
    }

    @Override
    public List<Teacher> teachers() {
        try (var em = emf.createEntityManager()) {
            return readOnly(em.createQuery(
                            "select t from TablePerClassTeacher t order by t.id", TablePerClassTeacher.class))
                    .getResultList()
                    .stream()
                    .map(t -> new Teacher(t.getId(), t.getName(), t.getSubject()))
                    .toList();
        }
    }

    @Override
    public List<GradedStudent> students() {
        try (var em = emf.createEntityManager()) {
            return readOnly(em.createQuery(
                            "select s from TablePerClassStudent s order by s.id", TablePerClassStudent.class))
                    .getResultList()
                    .stream()
                    .map(s -> new GradedStudent(s.getId(), s.getName(), s.getGrade()))
                    .toList();
        }
    }

    @Override
    public Optional<Person> find(long id) {
        try (var em = emf.createEntityManager()) {
            return Optional.ofNullable(em.find(TablePerClassPerson.class, id, ReadOnly.HINTS))
                    .map(JpaTablePerClass::person);
        }
    }

    @Override
    public List<Person> add(List<Person> persons) {
        try (var em = emf.createEntityManager()) {
            var transaction = em.getTransaction();
            try {
                transaction.begin();
                var entities = persons.stream().map(JpaTablePerClass::entity).toList();
                entities.forEach(em::persist);
                transaction.commit();
                return entities.stream().map(JpaTablePerClass::person).toList();
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw new PersonsNotAddedException(persons.size(), e);
            }
        }
    }

    static Person person(TablePerClassPerson entity) {
        if (entity instanceof TablePerClassTeacher t) {
            return new Teacher(t.getId(), t.getName(), t.getSubject());
        }
        if (entity instanceof TablePerClassStudent s) {
            return new GradedStudent(s.getId(), s.getName(), s.getGrade());
        }
        return new PlainPerson(entity.getId(), entity.getName());
    }

    static TablePerClassPerson entity(Person person) {
        if (person instanceof Teacher t) {
            return new TablePerClassTeacher(t.name(), t.subject());
        }
        if (person instanceof GradedStudent s) {
            return new TablePerClassStudent(s.name(), s.grade());
        }
        return new TablePerClassPerson(person.name());
    }
}
