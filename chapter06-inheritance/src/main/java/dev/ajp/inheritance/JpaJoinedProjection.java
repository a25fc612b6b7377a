package dev.ajp.inheritance;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Optional;

/**
 * JOINED read without entities: each read is one SELECT of the columns the records need, the same joins as the entity
 * queries, and no entity is built, tracked or snapshotted. {@code teachers()} and {@code students()} are JPQL
 * constructor projections straight into the records, the same code on both providers (an inner join of the
 * subclass's table with the root's).
 *
 * <p>The polymorphic query needs each subclass's column on the root's rows. Hibernate takes {@code type(p)} and
 * {@code treat(p as JoinedTeacher).subject} in the SELECT clause and sends the entity query's LEFT JOINs
 * ({@link #jpql}). EclipseLink 5.0 reads a {@code treat} in the SELECT clause as a restriction ({@code type = ?} for
 * each class, so no row at all); its best form is a native query with the same LEFT JOINs ({@link #nativeSql}),
 * which reads the discriminator column as EclipseLink itself does.
 *
 * <p>{@code find} and {@code add} are not projections: they delegate to {@link JpaJoined}, the entity approach of the
 * same strategy.
 */
public final class JpaJoinedProjection implements People {

    // tag::jpql[]
    private static final String EVERY_PERSON_JPQL = """
            select new dev.ajp.inheritance.PersonRow(p.id, type(p), p.name,
                   treat(p as JoinedTeacher).subject, treat(p as JoinedStudent).grade)
              from JoinedPerson p
             order by p.id""";
    // end::jpql[]

    private static final String EVERY_PERSON_SQL = """
            select p.id, p.type, p.name, t.subject, s.grade
              from joined_persons p
              left join joined_teachers t on t.id = p.id
              left join joined_students s on s.id = p.id
             order by p.id""";

    private final EntityManagerFactory emf;
    private final boolean nativeSql;
    private final JpaJoined entities;

    private JpaJoinedProjection(EntityManagerFactory emf, boolean nativeSql) {
        this.emf = emf;
        this.nativeSql = nativeSql;
        this.entities = JpaJoined.withOrderBy(emf);
    }

    /** The polymorphic query in JPQL, with {@code type(p)} and {@code treat}: Hibernate. */
    public static JpaJoinedProjection jpql(EntityManagerFactory emf) {
        return new JpaJoinedProjection(emf, false);
    }

    /** The polymorphic query in native SQL: EclipseLink, whose {@code treat} in a SELECT clause filters the rows. */
    public static JpaJoinedProjection nativeSql(EntityManagerFactory emf) {
        return new JpaJoinedProjection(emf, true);
    }

    @Override
    public List<Person> all() {
        try (var em = emf.createEntityManager()) {
            // tag::all[]
            if (nativeSql) { // EclipseLink
                List<?> rows = em.createNativeQuery(EVERY_PERSON_SQL).getResultList(); // Object[] per row
                return rows.stream()
                        .map(row -> PersonRow.of((Object[]) row).person())
                        .toList();
            }
            return em
                    .createQuery(EVERY_PERSON_JPQL, PersonRow.class) // Hibernate
                    .getResultList()
                    .stream()
                    .map(PersonRow::person)
                    .toList();
            // end::all[]
        }
    }

    @Override
    public List<Teacher> teachers() {
        try (var em = emf.createEntityManager()) {
            return em.createQuery("""
                            select new dev.ajp.inheritance.Teacher(t.id, t.name, t.subject)
                              from JoinedTeacher t
                             order by t.id""", Teacher.class).getResultList();
        }
    }

    @Override
    public List<GradedStudent> students() {
        try (var em = emf.createEntityManager()) {
            // tag::students[]
            return em.createQuery("""
                            select new dev.ajp.inheritance.GradedStudent(s.id, s.name, s.grade)
                              from JoinedStudent s
                             order by s.id""", GradedStudent.class).getResultList(); // the records themselves, no entity
            // end::students[]
        }
    }

    @Override
    public Optional<Person> find(long id) {
        return entities.find(id);
    }

    @Override
    public List<Person> add(List<Person> persons) {
        return entities.add(persons);
    }
}
