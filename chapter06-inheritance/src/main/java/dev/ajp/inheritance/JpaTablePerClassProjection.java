package dev.ajp.inheritance;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Optional;

/**
 * TABLE_PER_CLASS read without entities: each read is one SELECT of the columns the records need, and no entity is
 * built, tracked or snapshotted. {@code teachers()} and {@code students()} are JPQL constructor projections straight
 * into the records, each reading its one table, the same code on both providers.
 *
 * <p>The polymorphic query is where the providers part. Hibernate takes {@code type(p)} and
 * {@code treat(p as TablePerClassTeacher).subject} in the SELECT clause and sends one SELECT over the UNION ALL of the
 * three tables, sorted as a whole ({@link #jpql}). EclipseLink 5.0 cannot say it in JPQL: {@code type(p)} fails with
 * EclipseLink-6093, and a projection on the root reads the root's table alone. Its best form is a native query over
 * the same UNION ALL, one SELECT sorted by the database ({@link #nativeSql}), where its entity query sends three.
 *
 * <p>{@code find} and {@code add} are not projections: they delegate to {@link JpaTablePerClass}, the entity approach
 * of the same strategy.
 */
public final class JpaTablePerClassProjection implements People {

    private static final String EVERY_PERSON_JPQL = """
            select new dev.ajp.inheritance.PersonRow(p.id, type(p), p.name,
                   treat(p as TablePerClassTeacher).subject, treat(p as TablePerClassStudent).grade)
              from TablePerClassPerson p
             order by p.id""";

    private static final String EVERY_PERSON_SQL = """
            select id, type, name, subject, grade from (
                   select id, 'person' as type, name, null as subject, null as grade from per_class_persons
                   union all
                   select id, 'teacher', name, subject, null from per_class_teachers
                   union all
                   select id, 'student', name, null, grade from per_class_students) p
             order by id""";

    private final EntityManagerFactory emf;
    private final boolean nativeSql;
    private final JpaTablePerClass entities;

    private JpaTablePerClassProjection(EntityManagerFactory emf, boolean nativeSql) {
        this.emf = emf;
        this.nativeSql = nativeSql;
        this.entities = new JpaTablePerClass(emf);
    }

    /** The polymorphic query in JPQL, with {@code type(p)} and {@code treat}: Hibernate. */
    public static JpaTablePerClassProjection jpql(EntityManagerFactory emf) {
        return new JpaTablePerClassProjection(emf, false);
    }

    /** The polymorphic query in native SQL: EclipseLink, which cannot project a table-per-class root in JPQL. */
    public static JpaTablePerClassProjection nativeSql(EntityManagerFactory emf) {
        return new JpaTablePerClassProjection(emf, true);
    }

    @Override
    public List<Person> all() {
        try (var em = emf.createEntityManager()) {
            if (nativeSql) {
                List<?> rows = em.createNativeQuery(EVERY_PERSON_SQL).getResultList();
                return rows.stream()
                        .map(row -> PersonRow.of((Object[]) row).person())
                        .toList();
            }
            return em.createQuery(EVERY_PERSON_JPQL, PersonRow.class).getResultList().stream()
                    .map(PersonRow::person)
                    .toList();
        }
    }

    @Override
    public List<Teacher> teachers() {
        try (var em = emf.createEntityManager()) {
            return em.createQuery("""
                            select new dev.ajp.inheritance.Teacher(t.id, t.name, t.subject)
                              from TablePerClassTeacher t
                             order by t.id""", Teacher.class).getResultList();
        }
    }

    @Override
    public List<GradedStudent> students() {
        try (var em = emf.createEntityManager()) {
            return em.createQuery("""
                            select new dev.ajp.inheritance.GradedStudent(s.id, s.name, s.grade)
                              from TablePerClassStudent s
                             order by s.id""", GradedStudent.class).getResultList();
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
