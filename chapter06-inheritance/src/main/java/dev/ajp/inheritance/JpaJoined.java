package dev.ajp.inheritance;

import static dev.ajp.inheritance.ReadOnly.readOnly;

import dev.ajp.inheritance.joined.JoinedCourse;
import dev.ajp.inheritance.joined.JoinedPerson;
import dev.ajp.inheritance.joined.JoinedStudent;
import dev.ajp.inheritance.joined.JoinedTeacher;
import jakarta.persistence.EntityManagerFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * JOINED through JPA, the same code on Hibernate and EclipseLink, over {@code joined_persons} and one table per
 * subclass. A subclass query is an inner join of its table with the root's; adding a teacher is two INSERTs.
 *
 * <p>The polymorphic query is where the providers part. Hibernate sends one SELECT that LEFT JOINs every subclass
 * table. EclipseLink does that only when the query has an ORDER BY (it must sort across subclasses); without one it
 * first asks {@code select distinct type from joined_persons} and then sends one SELECT per class it found: 1 + N
 * statements, the answer grouped by class. {@link #withoutOrderBy} shows it; EclipseLink's hint
 * {@code eclipselink.inheritance.outer-join} asks for the single join without an ORDER BY. And {@code find} by the
 * root's type costs EclipseLink the same two steps: the type of the row, then the row from its class's tables.
 */
public final class JpaJoined implements People {

    /** The entity classes of this strategy: the persistence unit of its factories. */
    public static final List<Class<?>> ENTITIES =
            List.of(JoinedPerson.class, JoinedTeacher.class, JoinedStudent.class, JoinedCourse.class);

    private final EntityManagerFactory emf;
    private final boolean orderBy;

    private JpaJoined(EntityManagerFactory emf, boolean orderBy) {
        this.emf = emf;
        this.orderBy = orderBy;
    }

    /** The polymorphic query with {@code order by p.id}: one SELECT on both providers. */
    public static JpaJoined withOrderBy(EntityManagerFactory emf) {
        return new JpaJoined(emf, true);
    }

    /** The polymorphic query without ORDER BY, sorted in memory afterwards: 1 + N SELECTs on EclipseLink. */
    public static JpaJoined withoutOrderBy(EntityManagerFactory emf) {
        return new JpaJoined(emf, false);
    }

    @Override
    public List<Person> all() {
        try (var em = emf.createEntityManager()) {
            if (orderBy) {
                // tag::all[]
                return readOnly(em.createQuery("select p from JoinedPerson p order by p.id", JoinedPerson.class))
                        .getResultList()
                        .stream()
                        .map(JpaJoined::person)
                        .toList();
                // end::all[]
            }
            // tag::all-without-order-by[]
            return readOnly(em.createQuery("select p from JoinedPerson p", JoinedPerson.class))
                    .getResultList() // EclipseLink: plain persons, then students, then teachers
                    .stream()
                    .map(JpaJoined::person)
                    .sorted(Comparator.comparing(Person::id))
                    .toList();
            // end::all-without-order-by[]
        }
    }

    @Override
    public List<Teacher> teachers() {
        try (var em = emf.createEntityManager()) {
            return readOnly(em.createQuery("select t from JoinedTeacher t order by t.id", JoinedTeacher.class))
                    .getResultList()
                    .stream()
                    .map(t -> new Teacher(t.getId(), t.getName(), t.getSubject()))
                    .toList();
        }
    }

    @Override
    public List<GradedStudent> students() {
        try (var em = emf.createEntityManager()) {
            return readOnly(em.createQuery("select s from JoinedStudent s order by s.id", JoinedStudent.class))
                    .getResultList()
                    .stream()
                    .map(s -> new GradedStudent(s.getId(), s.getName(), s.getGrade()))
                    .toList();
        }
    }

    @Override
    public Optional<Person> find(long id) {
        try (var em = emf.createEntityManager()) {
            return Optional.ofNullable(em.find(JoinedPerson.class, id, ReadOnly.HINTS))
                    .map(JpaJoined::person);
        }
    }

    @Override
    public List<Person> add(List<Person> persons) {
        try (var em = emf.createEntityManager()) {
            var transaction = em.getTransaction();
            try {
                transaction.begin();
                var entities = persons.stream().map(JpaJoined::entity).toList();
                entities.forEach(em::persist);
                transaction.commit();
                return entities.stream().map(JpaJoined::person).toList();
            } catch (RuntimeException e) {
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw new PersonsNotAddedException(persons.size(), e);
            }
        }
    }

    static Person person(JoinedPerson entity) {
        if (entity instanceof JoinedTeacher t) {
            return new Teacher(t.getId(), t.getName(), t.getSubject());
        }
        if (entity instanceof JoinedStudent s) {
            return new GradedStudent(s.getId(), s.getName(), s.getGrade());
        }
        return new PlainPerson(entity.getId(), entity.getName());
    }

    static JoinedPerson entity(Person person) {
        if (person instanceof Teacher t) {
            return new JoinedTeacher(t.name(), t.subject());
        }
        if (person instanceof GradedStudent s) {
            return new JoinedStudent(s.name(), s.grade());
        }
        return new JoinedPerson(person.name());
    }
}
